using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.CodeFixes.Infrastructure;
using AiDebtAnalyzers.TestGaps;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace AiDebtAnalyzers.CodeFixes.TestGaps;

internal enum TestFramework
{
    None,
    Xunit,
    NUnit,
    MSTest,
}

/// <summary>Writes failing test stubs for untested APIs into the test project that references the library.</summary>
internal static class TestStubWriter
{
    private static readonly string[] ConventionSuffixes = { ".Tests", ".UnitTests", ".Test", ".IntegrationTests" };

    /// <summary>Type names as C# code writes them: namespaces included (no using is needed), keywords for special types.</summary>
    private static readonly SymbolDisplayFormat CodeFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    public static async Task<Project?> FindTestProjectAsync(Project library, CancellationToken cancellationToken)
    {
        Project? best = null;
        var bestRank = int.MaxValue;
        foreach (var project in library.Solution.Projects)
        {
            if (project.Id == library.Id || project.Language != LanguageNames.CSharp || !References(project, library.Id))
            {
                continue;
            }

            var rank = Array.IndexOf(ConventionSuffixes, project.Name.StartsWith(library.Name, StringComparison.Ordinal) ? project.Name.Substring(library.Name.Length) : string.Empty);
            rank = rank < 0 ? ConventionSuffixes.Length : rank;
            if (rank > bestRank || (rank == bestRank && best is not null && string.CompareOrdinal(project.Name, best.Name) >= 0))
            {
                continue;
            }

            if (await DetectFrameworkAsync(project, cancellationToken).ConfigureAwait(false) != TestFramework.None)
            {
                best = project;
                bestRank = rank;
            }
        }

        return best;
    }

    private static bool References(Project project, ProjectId library)
    {
        foreach (var reference in project.ProjectReferences)
        {
            if (reference.ProjectId == library)
            {
                return true;
            }
        }

        return false;
    }

    internal static async Task<TestFramework> DetectFrameworkAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null)
        {
            return TestFramework.None;
        }

        if (compilation.GetTypeByMetadataName("Xunit.FactAttribute") is not null)
        {
            return TestFramework.Xunit;
        }

        if (compilation.GetTypeByMetadataName("NUnit.Framework.TestAttribute") is not null)
        {
            return TestFramework.NUnit;
        }

        return compilation.GetTypeByMetadataName("Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute") is not null
            ? TestFramework.MSTest
            : TestFramework.None;
    }

    public static async Task<Solution> AddStubsAsync(Solution solution, ProjectId libraryId, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var library = solution.GetProject(libraryId);
        var testProject = library is null ? null : await FindTestProjectAsync(library, cancellationToken).ConfigureAwait(false);
        var libraryCompilation = library is null ? null : await library.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (testProject is null || libraryCompilation is null)
        {
            return solution;
        }

        var testCompilation = (await testProject.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var framework = await DetectFrameworkAsync(testProject, cancellationToken).ConfigureAwait(false);

        // Members grouped by their type, in a stable order, each once.
        var byType = new SortedDictionary<string, (INamedTypeSymbol Type, List<ISymbol> Members)>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(UntestedPublicApiAnalyzer.MembersProperty, out var ids) || ids is null)
            {
                continue;
            }

            foreach (var id in ids.Split(';'))
            {
                if (id.Length == 0 || !seen.Add(id))
                {
                    continue;
                }

                var symbol = DocumentationCommentId.GetFirstSymbolForDeclarationId(id, libraryCompilation);
                var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                if (symbol is null || type is null)
                {
                    continue;
                }

                var key = type.ToDisplayString();
                if (!byType.TryGetValue(key, out var group))
                {
                    group = (type, new List<ISymbol>());
                    byType[key] = group;
                }

                group.Members.Add(symbol);
            }
        }

        foreach (var group in byType.Values)
        {
            testProject = solution.GetProject(testProject.Id)!;
            solution = await AddClassStubsAsync(solution, testProject, testCompilation, libraryCompilation, framework, group.Type, group.Members, cancellationToken).ConfigureAwait(false);
        }

        return solution;
    }

    private static async Task<Solution> AddClassStubsAsync(Solution solution, Project testProject, Compilation testCompilation, Compilation libraryCompilation, TestFramework framework,
        INamedTypeSymbol type, List<ISymbol> members, CancellationToken cancellationToken)
    {
        var className = type.Name + "Tests";
        var xunitHasFail = framework == TestFramework.Xunit
            && testCompilation.GetTypeByMetadataName("Xunit.Assert") is { } assert && !assert.GetMembers("Fail").IsEmpty;

        foreach (var document in testProject.Documents)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                continue;
            }

            foreach (var node in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
            {
                if (node is not ClassDeclarationSyntax existing || existing.Identifier.ValueText != className)
                {
                    continue;
                }

                var qualify = !ImportsFrameworkNamespace(root, framework) && !await HasGlobalUsingAsync(testProject, framework, cancellationToken).ConfigureAwait(false);
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var member in existing.Members)
                {
                    if (member is MethodDeclarationSyntax method)
                    {
                        names.Add(method.Identifier.ValueText);
                    }
                }

                var added = new List<MemberDeclarationSyntax>();
                var newLine = root.ToFullString().Contains("\r\n") ? "\r\n" : "\n";
                foreach (var api in members)
                {
                    var text = StubMethod(api, type, libraryCompilation, framework, xunitHasFail, qualify, UniqueName(api, names), "    ");
                    if (SyntaxFactory.ParseMemberDeclaration(text) is { } parsed)
                    {
                        // A blank line before each new test, as between the class's own members.
                        var leading = parsed.GetLeadingTrivia().Insert(0, SyntaxFactory.EndOfLine(newLine));
                        added.Add(parsed.WithLeadingTrivia(leading).WithAdditionalAnnotations(Formatter.Annotation));
                    }
                }

                var newRoot = root.ReplaceNode(existing, existing.AddMembers(added.ToArray()));
                var formatted = await Formatter.FormatAsync(document.WithSyntaxRoot(newRoot), Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                return formatted.Project.Solution;
            }
        }

        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var builder = new StringBuilder();
        builder.Append("using ").Append(FrameworkNamespace(framework)).Append(";\n\n");
        builder.Append("namespace ").Append(testProject.DefaultNamespace is { Length: > 0 } ns ? ns : SafeNamespace(testProject.AssemblyName)).Append("\n{\n");
        if (framework == TestFramework.MSTest)
        {
            builder.Append("    [TestClass]\n");
        }

        builder.Append("    public class ").Append(className).Append("\n    {\n");
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            builder.Append(StubMethod(members[i], type, libraryCompilation, framework, xunitHasFail, qualify: false, UniqueName(members[i], usedNames), "        "));
        }

        builder.Append("    }\n}\n");
        var folder = FolderOf(testProject);
        var newDocument = testProject.AddDocument(className + ".cs", builder.ToString(), filePath: folder is null ? null : Path.Combine(folder, className + ".cs"));
        return newDocument.Project.Solution;
    }

    private static string StubMethod(ISymbol api, INamedTypeSymbol type, Compilation compilation, TestFramework framework, bool xunitHasFail, bool qualify, string name, string indent)
    {
        var ns = qualify ? FrameworkNamespace(framework) + "." : string.Empty;
        var attribute = framework switch
        {
            TestFramework.Xunit => "Fact",
            TestFramework.NUnit => "Test",
            _ => "TestMethod",
        };
        var message = SymbolDisplay.FormatLiteral(
            "No test yet for " + PublicSurface.ApiOf(api, useNullability: false) + ": invoke 'act', assert on the outcome and delete this line.",
            quote: true);
        var fail = framework == TestFramework.Xunit && !xunitHasFail
            ? ns + "Assert.True(false, " + message + ");"
            : ns + "Assert.Fail(" + message + ");";

        var arrange = new List<string>();
        var act = ActStatement(api, type, compilation, arrange);
        var lines = new List<string>
        {
            "[" + ns + attribute + "]",
            "public void " + name + "()",
            "{",
        };
        if (arrange.Count > 0)
        {
            lines.Add("    // Arrange: replace the placeholder values.");
            foreach (var line in arrange)
            {
                lines.Add("    " + line);
            }
        }

        lines.Add("    " + act);
        lines.Add("    " + fail);
        lines.Add("}");

        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            builder.Append(indent).Append(line).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The call of the API inside an <c>act</c> delegate, so the stub compiles and fails with its message rather than on a placeholder.</summary>
    private static string ActStatement(ISymbol api, INamedTypeSymbol definition, Compilation compilation, List<string> arrange)
    {
        var type = Construct(definition, compilation);
        var member = api is INamedTypeSymbol ? null : FindConstructedMember(type, api, compilation);
        var typeName = type.ToDisplayString(CodeFormat);
        if (member is not null && member.DeclaredAccessibility is Accessibility.Protected or Accessibility.ProtectedOrInternal or Accessibility.ProtectedAndInternal)
        {
            arrange.Add("// '" + member.Name + "' is protected: call it from a class derived from " + typeName + ".");
            return "System.Func<object> act = () => typeof(" + typeName + ");";
        }

        var receiver = member is not null && !member.IsStatic && member is not IMethodSymbol { MethodKind: MethodKind.Constructor } ? "sut" : typeName;
        if (receiver == "sut")
        {
            arrange.Add(typeName + " sut = " + DefaultOf(type) + ";");
        }

        switch (member)
        {
            case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor:
                return "System.Action act = () => new " + typeName + "(" + Arguments(constructor.Parameters, arrange) + ");";
            case IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator } op when op.Parameters.Length == 2 && PublicSurface.OperatorToken(op.Name) is { } binary:
                var operands = Arguments(op.Parameters, arrange).Split(new[] { ", " }, StringSplitOptions.None);
                return "System.Func<object> act = () => (" + operands[0] + " " + binary + " " + operands[1] + ")!;";
            case IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator } op when op.Parameters.Length == 1 && PublicSurface.OperatorToken(op.Name) is { } unary && unary != "&&":
                return "System.Func<object> act = () => (" + unary + Arguments(op.Parameters, arrange) + ")!;";
            case IMethodSymbol { MethodKind: MethodKind.Conversion } conversion:
                return "System.Func<object> act = () => ((" + conversion.ReturnType.ToDisplayString(CodeFormat) + ")" + Arguments(conversion.Parameters, arrange) + ")!;";
            case IMethodSymbol { MethodKind: MethodKind.Ordinary } method:
                var typeArguments = method.IsGenericMethod ? "<" + string.Join(", ", DisplayAll(method.TypeArguments)) + ">" : string.Empty;
                return "System.Action act = () => " + receiver + "." + method.Name + typeArguments + "(" + Arguments(method.Parameters, arrange) + ");";
            case IPropertySymbol { IsIndexer: true } indexer:
                return "System.Func<object> act = () => " + receiver + "[" + Arguments(indexer.Parameters, arrange) + "]!;";
            case IPropertySymbol { GetMethod: null } setOnly:
                return "System.Action act = () => " + receiver + "." + setOnly.Name + " = " + DefaultOf(setOnly.Type) + ";";
            case IPropertySymbol property:
                return "System.Func<object> act = () => " + receiver + "." + property.Name + "!;";
            case IEventSymbol @event:
                return "System.Action act = () => " + receiver + "." + @event.Name + " += null;";
            case IFieldSymbol field:
                return "System.Func<object> act = () => " + receiver + "." + field.Name + "!;";
            default:
                return "System.Func<object> act = () => typeof(" + typeName + ");";
        }
    }

    private static string Arguments(ImmutableArray<IParameterSymbol> parameters, List<string> arrange)
    {
        var arguments = new List<string>();
        foreach (var parameter in parameters)
        {
            if (parameter.RefKind == RefKind.Out)
            {
                // A discard takes any nullability the out parameter has.
                arguments.Add("out _");
                continue;
            }

            var local = SafeLocalName(parameter.Name);
            arrange.Add(parameter.Type.ToDisplayString(CodeFormat) + " " + local + " = " + DefaultOf(parameter.Type) + ";");
            arguments.Add(parameter.RefKind switch
            {
                RefKind.Ref => "ref " + local,
                RefKind.In => "in " + local,
                _ => local,
            });
        }

        return string.Join(", ", arguments);
    }

    private static string DefaultOf(ITypeSymbol type) => type.IsValueType ? "default" : "default!";

    private static string SafeLocalName(string name)
    {
        var safe = name is "sut" or "act" ? name + "Value" : name;
        return SyntaxFacts.GetKeywordKind(safe) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(safe) != SyntaxKind.None ? "@" + safe : safe;
    }

    private static IEnumerable<string> DisplayAll(ImmutableArray<ITypeSymbol> types)
    {
        foreach (var type in types)
        {
            yield return type.ToDisplayString(CodeFormat);
        }
    }

    /// <summary>Type parameters become types that satisfy their constraints: <c>int</c> for struct, the first constraint type, else <c>object</c>.</summary>
    private static INamedTypeSymbol Construct(INamedTypeSymbol type, Compilation compilation)
    {
        if (!type.IsGenericType)
        {
            return type;
        }

        var containing = type.ContainingType is null ? null : Construct(type.ContainingType, compilation);
        var definition = containing is null ? type : FindNested(containing, type) ?? type;
        return definition.TypeParameters.IsEmpty ? definition : definition.Construct(Placeholders(definition.TypeParameters, compilation));
    }

    private static INamedTypeSymbol? FindNested(INamedTypeSymbol containing, INamedTypeSymbol type)
    {
        foreach (var nested in containing.GetTypeMembers(type.Name, type.Arity))
        {
            return nested;
        }

        return null;
    }

    private static ITypeSymbol[] Placeholders(ImmutableArray<ITypeParameterSymbol> parameters, Compilation compilation)
    {
        var result = new ITypeSymbol[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            result[i] = PlaceholderFor(parameters[i], compilation);
        }

        return result;
    }

    private static ITypeSymbol PlaceholderFor(ITypeParameterSymbol parameter, Compilation compilation)
    {
        foreach (var constraint in parameter.ConstraintTypes)
        {
            if (constraint is INamedTypeSymbol named && !named.IsGenericType)
            {
                return constraint;
            }
        }

        return compilation.GetSpecialType(parameter.HasValueTypeConstraint || parameter.HasUnmanagedTypeConstraint ? SpecialType.System_Int32 : SpecialType.System_Object);
    }

    private static ISymbol? FindConstructedMember(INamedTypeSymbol constructed, ISymbol definition, Compilation compilation)
    {
        foreach (var member in constructed.GetMembers(definition.Name))
        {
            if (SymbolEqualityComparer.Default.Equals(member.OriginalDefinition, definition.OriginalDefinition))
            {
                return member is IMethodSymbol { IsGenericMethod: true } method ? method.Construct(Placeholders(method.TypeParameters, compilation)) : member;
            }
        }

        return definition;
    }

    private static string UniqueName(ISymbol api, HashSet<string> used)
    {
        var baseName = api switch
        {
            INamedTypeSymbol type => type.Name,
            IMethodSymbol { MethodKind: MethodKind.Constructor } => "Constructor",
            IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion } op => "Operator" + op.Name.Substring(3),
            IPropertySymbol { IsIndexer: true } => "Indexer",
            _ => api.Name,
        } + "_NeedsARealTest";

        var name = Identifiers.Unique(baseName, used.Contains);
        used.Add(name);
        return name;
    }

    private static string FrameworkNamespace(TestFramework framework) => framework switch
    {
        TestFramework.Xunit => "Xunit",
        TestFramework.NUnit => "NUnit.Framework",
        _ => "Microsoft.VisualStudio.TestTools.UnitTesting",
    };

    private static bool ImportsFrameworkNamespace(SyntaxNode root, TestFramework framework)
    {
        var ns = FrameworkNamespace(framework);
        foreach (var node in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
        {
            if (node is UsingDirectiveSyntax { Alias: null, Name: { } name } && name.ToString() == ns)
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<bool> HasGlobalUsingAsync(Project project, TestFramework framework, CancellationToken cancellationToken)
    {
        var ns = FrameworkNamespace(framework);
        foreach (var document in project.Documents)
        {
            if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is CompilationUnitSyntax unit)
            {
                foreach (var directive in unit.Usings)
                {
                    if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && directive.Alias is null && directive.Name?.ToString() == ns)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static string SafeNamespace(string assemblyName)
    {
        var builder = new StringBuilder();
        foreach (var part in assemblyName.Split('.'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            builder.Append(builder.Length == 0 ? string.Empty : ".").Append(SyntaxFacts.IsValidIdentifier(part) ? part : "_" + part.Replace('-', '_'));
        }

        return builder.Length == 0 ? "Tests" : builder.ToString();
    }

    private static string? FolderOf(Project project)
    {
        if (project.FilePath is { Length: > 0 } projectFile)
        {
            return Path.GetDirectoryName(projectFile);
        }

        foreach (var document in project.Documents)
        {
            if (document.FilePath is { Length: > 0 } path)
            {
                return Path.GetDirectoryName(path);
            }
        }

        return null;
    }
}
