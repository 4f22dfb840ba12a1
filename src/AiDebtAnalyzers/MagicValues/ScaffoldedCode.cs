using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.MagicValues;

/// <summary>
/// Code a tool scaffolded once and nobody edits by hand, though it carries no <c>&lt;auto-generated&gt;</c> header:
/// Entity Framework migrations and model snapshots. Their column types, table names and lengths are the schema.
/// </summary>
internal static class ScaffoldedCode
{
    public static bool IsScaffolded(BaseTypeDeclarationSyntax declaration)
    {
        if (declaration.BaseList is not null)
        {
            foreach (var baseType in declaration.BaseList.Types)
            {
                var name = baseType.Type switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                    _ => null,
                };

                if (name is "Migration" or "ModelSnapshot")
                {
                    return true;
                }
            }
        }

        foreach (var list in declaration.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                var name = attribute.Name switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                    _ => null,
                };

                if (name is "Migration" or "MigrationAttribute")
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool IsScaffolded(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.Name is "Migration" or "ModelSnapshot"
                && current.ContainingNamespace?.ToDisplayString() == "Microsoft.EntityFrameworkCore.Migrations"
                    || current.ContainingNamespace?.ToDisplayString() == "Microsoft.EntityFrameworkCore.Infrastructure" && current.Name == "ModelSnapshot")
            {
                return true;
            }
        }

        return false;
    }
}
