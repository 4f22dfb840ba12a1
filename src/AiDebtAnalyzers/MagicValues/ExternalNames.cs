using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.MagicValues;

/// <summary>The kinds of name another program defines that a code base writes inline (AID202's <c>ExternalName</c> role).</summary>
internal enum ExternalNameKind
{
    None,

    /// <summary>A command-line argument: a subcommand or option given to a process or an argument builder, <c>"--force"</c>.</summary>
    CommandArgument,

    /// <summary>A program or library file: <c>"regsvr32.exe"</c>, <c>"shell32.dll"</c>.</summary>
    ProgramFile,

    /// <summary>A file extension: <c>".jpeg"</c>.</summary>
    FileExtension,

    /// <summary>A XAML element, visual-state or template-part name: <c>GoToState(this, "Normal", true)</c>.</summary>
    UiElement,

    /// <summary>
    /// An environment variable the platform defines, given by name to the base library's variable lookup: one the
    /// operating system sets to one of its folders (<c>"LOCALAPPDATA"</c>; .NET names these folders already in its
    /// <c>SpecialFolder</c> enumeration, so the fix for copies is <c>GetFolderPath</c>, not a string constant), or the
    /// .NET host's environment name (<c>"ASPNETCORE_ENVIRONMENT"</c>, which <c>IHostEnvironment.EnvironmentName</c> holds).
    /// </summary>
    PlatformVariable,
}

/// <summary>
/// Names another program defines (git's subcommands and options, Windows' DLLs and executables, file extensions, the
/// element and visual-state names of a XAML template), told apart by their shape and by what receives them, not by
/// lists of names; the one list is the platform's own environment variables (the operating system's folders and the
/// .NET host's environment name), a fixed set the platform documents. Many code bases write them inline as house style, each call spelling its own; one that already
/// declares constants for names of the same kind in the same file has chosen to name them, and the copies it still
/// writes inline are reported (<see cref="NamesSiblings"/>).
/// </summary>
internal static class ExternalNames
{
    private static readonly ConditionalWeakTable<SyntaxTree, bool[]> NamedKindsByTree = new();

    // Extensions of a program or library file, the shape of a name the operating system resolves.
    private static readonly string[] ProgramExtensions = { ".exe", ".dll", ".so", ".dylib", ".sys", ".cpl", ".ocx", ".msc" };

    // The environment variables Windows sets to a folder, which .NET's SpecialFolder enumeration names; compared without
    // case, as Windows treats them.
    private static readonly HashSet<string> WindowsVariables = new(StringComparer.OrdinalIgnoreCase)
    {
        "ProgramFiles", "ProgramFiles(x86)", "ProgramW6432", "CommonProgramFiles", "CommonProgramFiles(x86)", "CommonProgramW6432",
        "ProgramData", "AppData", "LocalAppData", "UserProfile", "AllUsersProfile", "Public", "SystemRoot", "WinDir", "SystemDrive",
        "Temp", "Tmp", "HomeDrive", "HomePath",
    };

    // The XDG base directories and Unix's home and temporary folders, and the .NET host's environment name (which
    // IHostEnvironment holds): Unix tells variables apart by case, and the host's names are written in capitals.
    private static readonly HashSet<string> CaseSensitiveVariables = new(StringComparer.Ordinal)
    {
        "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "HOME", "TMPDIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
        "XDG_STATE_HOME", "XDG_RUNTIME_DIR",
    };

    private static bool IsPlatformVariable(string value) => WindowsVariables.Contains(value) || CaseSensitiveVariables.Contains(value);

    // A constant's value spelled as only an environment variable is (capitals, or an underscore or parenthesis: not
    // the word "temp" or "Public" a constant may hold for something else), so a file declaring it names that kind.
    private static bool IsSpelledAsPlatformVariable(string value) =>
        IsPlatformVariable(value) && (value.ToUpperInvariant() == value || value.IndexOf('_') >= 0 || value.IndexOf('(') >= 0);

    // Calls that find an element of a XAML template or move it to a visual state, by the name the markup gives it.
    private static readonly HashSet<string> UiElementMethods = new(StringComparer.Ordinal)
    {
        "GoToState", "GoToElementState", "GetTemplateChild", "FindName", "FindDescendant", "FindAscendant", "FindChild",
        "FindDescendantByName", "FindControl",
    };

    /// <summary>The kind of external name a literal is, by its value's shape first, then by what receives it.</summary>
    public static ExternalNameKind Of(LiteralExpressionSyntax literal, string value)
    {
        if (IsOptionShaped(value))
        {
            return ExternalNameKind.CommandArgument;
        }

        if (IsProgramFile(value))
        {
            return ExternalNameKind.ProgramFile;
        }

        if (IsExtensionShaped(value) && IsAmongExtensions(literal))
        {
            return ExternalNameKind.FileExtension;
        }

        if (IsPlatformVariableRead(literal, value))
        {
            return ExternalNameKind.PlatformVariable;
        }

        return ByReceiver(literal);
    }

    /// <summary>
    /// Whether a <c>const</c> or <c>static readonly</c> string field declared in one of these files holds a name of
    /// <paramref name="kind"/>, by its value's shape or by what receives the field where the file uses it
    /// (<c>GetTemplateChild(TemplatePartName_TextBox)</c> names the template's parts, so its visual states are named too).
    /// </summary>
    public static bool NamesSiblings(ImmutableArray<SyntaxReference> declarations, ExternalNameKind kind, CancellationToken cancellationToken)
    {
        foreach (var declaration in declarations)
        {
            if (NamedKindsByTree.GetOrCompute(declaration.SyntaxTree, NamedKinds, cancellationToken)[(int)kind])
            {
                return true;
            }
        }

        return false;
    }

    private static bool[] NamedKinds(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var named = new bool[(int)ExternalNameKind.PlatformVariable + 1];
        HashSet<string>? unshapedFields = null;
        var root = tree.GetRoot(cancellationToken);
        foreach (var node in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax or FieldDeclarationSyntax or VariableDeclarationSyntax))
        {
            if (node is not VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax field } } declarator
                || !IsNamedStringField(field)
                || declarator.Initializer?.Value is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            var value = literal.Token.ValueText;
            var shaped = IsOptionShaped(value) ? ExternalNameKind.CommandArgument
                : IsProgramFile(value) ? ExternalNameKind.ProgramFile
                : IsExtensionShaped(value) ? ExternalNameKind.FileExtension
                : IsSpelledAsPlatformVariable(value) ? ExternalNameKind.PlatformVariable
                : ExternalNameKind.None;
            if (shaped != ExternalNameKind.None)
            {
                named[(int)shaped] = true;
            }
            else
            {
                (unshapedFields ??= new HashSet<string>(StringComparer.Ordinal)).Add(declarator.Identifier.ValueText);
            }
        }

        if (unshapedFields is not null)
        {
            foreach (var node in root.DescendantNodes())
            {
                if (node is IdentifierNameSyntax identifier && unshapedFields.Contains(identifier.Identifier.ValueText))
                {
                    named[(int)ByReceiver(identifier)] = true;
                }
            }
        }

        named[(int)ExternalNameKind.None] = false;
        return named;
    }

    private static bool IsNamedStringField(FieldDeclarationSyntax field) =>
        field.Declaration.Type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.StringKeyword } or IdentifierNameSyntax { Identifier.ValueText: "String" }
        && (field.Modifiers.Any(SyntaxKind.ConstKeyword) || field.Modifiers.Any(SyntaxKind.StaticKeyword) && field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword));

    /// <summary>
    /// What receives the expression: an argument of an argument builder's or <c>ProcessStartInfo</c>'s constructor, of
    /// <c>Process.Start</c>, an element of such a builder's initializer or of a list that holds an option, an argument
    /// of a XAML element look-up or state change.
    /// </summary>
    private static ExternalNameKind ByReceiver(ExpressionSyntax expression)
    {
        SyntaxNode child = expression;
        for (var node = expression.Parent; node is not null; child = node, node = node.Parent)
        {
            if (ExpressionWrappers.PassesValueThrough(node, child))
            {
                continue;
            }

            switch (node)
            {
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } }:
                    return IsArgumentBuilder(creation) ? ExternalNameKind.CommandArgument : ExternalNameKind.None;

                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }:
                    return ByInvocation(invocation);

                case InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation } initializer when initializer.IsKind(SyntaxKind.CollectionInitializerExpression):
                    return IsArgumentBuilder(creation) || HoldsOption(initializer.Expressions) ? ExternalNameKind.CommandArgument : ExternalNameKind.None;

                case InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ArrayInitializerExpression) || initializer.IsKind(SyntaxKind.CollectionInitializerExpression):
                    return HoldsOption(initializer.Expressions) ? ExternalNameKind.CommandArgument : ExternalNameKind.None;

                case ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection }:
                    foreach (var element in collection.Elements)
                    {
                        if (element is ExpressionElementSyntax { Expression: LiteralExpressionSyntax literal } && IsOptionShaped(literal.Token.ValueText))
                        {
                            return ExternalNameKind.CommandArgument;
                        }
                    }

                    return ExternalNameKind.None;

                default:
                    return ExternalNameKind.None;
            }
        }

        return ExternalNameKind.None;
    }

    private static ExternalNameKind ByInvocation(InvocationExpressionSyntax invocation)
    {
        var (methodName, receiver) = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => (access.Name.Identifier.ValueText, access.Expression),
            MemberBindingExpressionSyntax binding => (binding.Name.Identifier.ValueText, (ExpressionSyntax?)null),
            IdentifierNameSyntax identifier => (identifier.Identifier.ValueText, null),
            GenericNameSyntax generic => (generic.Identifier.ValueText, null),
            _ => (null, null),
        };

        if (methodName is null)
        {
            return ExternalNameKind.None;
        }

        if (UiElementMethods.Contains(methodName))
        {
            return ExternalNameKind.UiElement;
        }

        var receiverName = receiver switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };

        // Process.Start("git", "status"), startInfo.ArgumentList.Add("--force").
        return methodName == "Start" && receiverName == "Process" || methodName is "Add" or "Insert" && receiverName == "ArgumentList"
            ? ExternalNameKind.CommandArgument
            : ExternalNameKind.None;
    }

    /// <summary>
    /// <c>"PROGRAMFILES"</c> or <c>"ASPNETCORE_ENVIRONMENT"</c> as the first argument of the base library's variable
    /// lookup: a platform's variable read (only read: a code base that sets one, as for a child process, makes it a
    /// setting of its own).
    /// </summary>
    private static bool IsPlatformVariableRead(LiteralExpressionSyntax literal, string value) =>
        literal.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } arguments } argument
        && arguments.Arguments.IndexOf(argument) == 0
        && IsEnvironmentRead(invocation.Expression)
        && IsPlatformVariable(value);

    // The lookup called on the base library's type (qualified or not), or bare under a `using static` of that type; not
    // a wrapper of the code base's own that happens to share the name.
    private static bool IsEnvironmentRead(ExpressionSyntax called) => called switch
    {
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetEnvironmentVariable", Expression: var owner } => MagicNumberClassifier.NameOf(owner) == "Environment",
        IdentifierNameSyntax { Identifier.ValueText: "GetEnvironmentVariable" } => true,
        _ => false,
    };

    /// <summary>
    /// <c>new GitArgumentBuilder("checkout")</c>, <c>new ProcessStartInfo("git")</c>, and the implicit <c>new("rebase")</c>
    /// of a variable, field or method declared with such a type: a builder of another program's command line.
    /// </summary>
    private static bool IsArgumentBuilder(BaseObjectCreationExpressionSyntax creation)
    {
        var type = creation switch
        {
            ObjectCreationExpressionSyntax explicitCreation => explicitCreation.Type,
            _ => DeclaredType(creation),
        };

        var name = type switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            _ => null,
        };

        return name is not null && (name.EndsWith("ArgumentBuilder", StringComparison.Ordinal) || name.EndsWith("ArgumentsBuilder", StringComparison.Ordinal) || name == "ProcessStartInfo");
    }

    /// <summary>The declared type an implicit <c>new(...)</c> takes: its variable's or field's, or the returning method's.</summary>
    private static TypeSyntax? DeclaredType(SyntaxNode creation)
    {
        switch (creation.Parent)
        {
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } }:
                return declaration.Type;
            case ReturnStatementSyntax or ArrowExpressionClauseSyntax:
                for (var node = creation.Parent; node is not null; node = node.Parent)
                {
                    switch (node)
                    {
                        case MethodDeclarationSyntax method:
                            return method.ReturnType;
                        case PropertyDeclarationSyntax property:
                            return property.Type;
                        case LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax:
                            return null;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool HoldsOption(SeparatedSyntaxList<ExpressionSyntax> elements)
    {
        foreach (var element in elements)
        {
            if (element is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && IsOptionShaped(literal.Token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>"--force"</c>, <c>"--no-pager"</c>: two dashes, then a letter. One dash (<c>"-v"</c>) is an option only where a
    /// command line receives it: alone it is as often a suffix of a name the code base makes (<c>"-specials"</c>).
    /// </summary>
    private static bool IsOptionShaped(string value) =>
        value.Length > 2 && value[0] == '-' && value[1] == '-' && char.IsLetter(value[2]);

    /// <summary>
    /// <c>HasExtension(ext, ".png", ".jpeg")</c>, <c>ext == ".jpeg"</c>, <c>path.EndsWith(".jpeg")</c>: an extension where
    /// one is tested, beside other extensions or given to a method about extensions. A dotted name given to a path
    /// (<c>Path.Join(folder, ".ignore")</c>) is a file the code base names, and stays reported.
    /// </summary>
    private static bool IsAmongExtensions(ExpressionSyntax literal)
    {
        SyntaxNode child = literal;
        for (var node = literal.Parent; node is not null; child = node, node = node.Parent)
        {
            if (ExpressionWrappers.PassesValueThrough(node, child))
            {
                continue;
            }

            switch (node)
            {
                case BinaryExpressionSyntax comparison when comparison.IsKind(SyntaxKind.EqualsExpression) || comparison.IsKind(SyntaxKind.NotEqualsExpression):
                    return NamesExtension(comparison.Left == child ? comparison.Right : comparison.Left);

                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } arguments }:
                    var method = invocation.Expression switch
                    {
                        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                        _ => string.Empty,
                    };
                    if (method == "EndsWith" || method.IndexOf("Extension", StringComparison.Ordinal) >= 0
                        || method == "Equals" && invocation.Expression is MemberAccessExpressionSyntax { Expression: var receiver } && NamesExtension(receiver))
                    {
                        return true;
                    }

                    foreach (var argument in arguments.Arguments)
                    {
                        if (argument != node && argument.Expression is LiteralExpressionSyntax other && IsExtensionShaped(other.Token.ValueText))
                        {
                            return true;
                        }
                    }

                    return false;

                case InitializerExpressionSyntax initializer:
                    foreach (var element in initializer.Expressions)
                    {
                        if (element != child && element is LiteralExpressionSyntax other && IsExtensionShaped(other.Token.ValueText))
                        {
                            return true;
                        }
                    }

                    return false;

                case ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection }:
                    foreach (var element in collection.Elements)
                    {
                        if (element != node && element is ExpressionElementSyntax { Expression: LiteralExpressionSyntax other } && IsExtensionShaped(other.Token.ValueText))
                        {
                            return true;
                        }
                    }

                    return false;

                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary><c>extension</c>, <c>fileExt</c>, <c>Path.GetExtension(path)</c>: an expression that names an extension.</summary>
    private static bool NamesExtension(ExpressionSyntax expression)
    {
        var name = expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name.Identifier.ValueText,
            InvocationExpressionSyntax { Expression: IdentifierNameSyntax identifier } => identifier.Identifier.ValueText,
            _ => null,
        };

        return name is not null && name.IndexOf("ext", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary><c>"regsvr32.exe"</c>, <c>"shell32.dll"</c>, <c>"libvlc.so"</c>: a program or library file by its extension.</summary>
    private static bool IsProgramFile(string value)
    {
        foreach (var extension in ProgramExtensions)
        {
            if (value.Length > extension.Length && value.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>".jpeg"</c>, <c>".mp4"</c>: a dot and up to eight letters or digits, an extension the file format fixes.</summary>
    private static bool IsExtensionShaped(string value)
    {
        if (value.Length < 2 || value.Length > 9 || value[0] != '.')
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (!char.IsLetterOrDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
