using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>The trim, AOT and single-file requirement attributes the new method carries from the member that holds the first copy.</content>
internal static partial class CloneExtraction
{
    /// <summary>Trim, AOT and single-file requirements (<c>[RequiresUnreferencedCode]</c>, <c>[RequiresDynamicCode]</c>,
    /// <c>[RequiresAssemblyFiles]</c>): what the block calls still needs them, so the new method carries its member's.</summary>
    private static readonly string[] RequirementAttributes = { "RequiresUnreferencedCode", "RequiresDynamicCode", "RequiresAssemblyFiles" };

    /// <summary>The requirement attributes of the member that holds the first copy, for the new method.</summary>
    private static SyntaxList<AttributeListSyntax> RequirementsOf(MemberDeclarationSyntax member)
    {
        var lists = new List<AttributeListSyntax>();
        foreach (var list in member.AttributeLists)
        {
            if (list.Target is not null)
            {
                continue;
            }

            var kept = list.Attributes.Where(a => IsRequirement(a.Name)).ToList();
            if (kept.Count > 0)
            {
                lists.Add(AttributeList(SeparatedList(kept)).WithoutTrivia());
            }
        }

        return List(lists);
    }

    private static bool IsRequirement(NameSyntax name)
    {
        var text = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
        if (text.EndsWith("Attribute", StringComparison.Ordinal))
        {
            text = text.Substring(0, text.Length - "Attribute".Length);
        }

        return Array.IndexOf(RequirementAttributes, text) >= 0;
    }
}
