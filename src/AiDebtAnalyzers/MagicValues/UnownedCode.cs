using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.MagicValues;

/// <summary>Why AID202 does not read a piece of code: it is not the team's to maintain (see the rule page).</summary>
internal enum UnownedKind
{
    /// <summary>The team's own code: read.</summary>
    None,

    /// <summary>
    /// A one-off data migration: an Entity Framework migration or snapshot, a type whose name starts or ends with
    /// <c>Migration</c> or whose base names a migration (<c>MigrationStartupTask</c>, <c>: NzbDroneMigrationBase</c>,
    /// <c>: IHasMigration</c>), a file named <c>*Migration*</c> or under a <c>Migrations</c> folder. It rewrites data of
    /// a frozen format once.
    /// </summary>
    DataMigration,

    /// <summary>
    /// Third-party code kept in the repository: under a <c>ThirdParty</c>, <c>3rdParty</c>, <c>Vendor</c>,
    /// <c>External</c> or <c>lib</c> folder, a header saying it was copied from elsewhere, or a copyright header of
    /// another holder than the project's; or marked by <c>aidebt.magic_values.vendored_code</c>.
    /// </summary>
    Vendored,
}

/// <summary>
/// Code that is not the team's to maintain, decided once per declaration: one-off data migrations and vendored
/// third-party code. Changing a literal there means diverging from upstream or rewriting history, so AID202 does not
/// read it, as it does not read generated code.
/// </summary>
internal static class UnownedCode
{
    // Folder names that hold code copied from other projects, compared case-insensitively with each folder of a file's
    // path below the folder all files of the compilation share (so a checkout under /home/me/lib/ is not vendored).
    private static readonly HashSet<string> VendorFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "ThirdParty", "Third_Party", "Third-Party", "3rdParty", "3rd-Party", "Vendor", "Vendored", "External", "Externals", "lib", "libs",
    };

    // Phrases of a file header that say the file was copied from another project.
    private static readonly string[] CopiedPhrases =
    {
        "copied from", "copy from", "ported from", "taken from", "vendored from",
    };

    private static readonly ConditionalWeakTable<SyntaxTree, FileHeader> Headers = new();

    private static readonly ConditionalWeakTable<Compilation, ProjectFacts> Facts = new();

    /// <summary>Whether <paramref name="type"/> as a whole is a data migration (by its name or its bases).</summary>
    public static bool IsDataMigration(INamedTypeSymbol type)
    {
        if (ScaffoldedCode.IsScaffolded(type) || IsMigrationName(type.Name))
        {
            return true;
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (IsMigrationBase(current.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What one declaration of a type is, given the file it is in and the compilation's facts.</summary>
    public static UnownedKind Classify(BaseTypeDeclarationSyntax declaration, Compilation compilation, string configured, CancellationToken cancellationToken)
    {
        if (IsDataMigration(declaration))
        {
            return UnownedKind.DataMigration;
        }

        if (string.Equals(configured, "true", StringComparison.OrdinalIgnoreCase))
        {
            return UnownedKind.Vendored;
        }

        if (string.Equals(configured, "false", StringComparison.OrdinalIgnoreCase))
        {
            return UnownedKind.None;
        }

        return IsVendored(declaration.SyntaxTree, compilation, cancellationToken) ? UnownedKind.Vendored : UnownedKind.None;
    }

    private static bool IsDataMigration(BaseTypeDeclarationSyntax declaration)
    {
        if (ScaffoldedCode.IsScaffolded(declaration))
        {
            return true;
        }

        if (declaration.BaseList is not null)
        {
            foreach (var baseType in declaration.BaseList.Types)
            {
                var name = baseType.Type switch
                {
                    SimpleNameSyntax simple => simple.Identifier.ValueText,
                    QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                    _ => null,
                };

                if (name is not null && IsMigrationBase(name))
                {
                    return true;
                }
            }
        }

        // InvoiceData.Migration.cs (a partial declaration holding the type's one-off rewrite), Migrations/...
        var path = declaration.SyntaxTree.FilePath;
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        var fileStart = LastSeparator(path) + 1;
        var dot = path.LastIndexOf('.');
        if (IsMigrationName(dot > fileStart ? path.Substring(fileStart, dot - fileStart) : path.Substring(fileStart)))
        {
            return true;
        }

        foreach (var folder in Folders(path, 0, fileStart))
        {
            if (string.Equals(folder, "Migrations", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>MigrationStartupTask</c>, <c>V3Migration</c>, <c>DataMigrations</c>, the file <c>InvoiceData.Migration</c>; not
    /// <c>OrganizationPlanMigrationCohortsController</c>, a feature that moves customers between plans.
    /// </summary>
    private static bool IsMigrationName(string name) =>
        name.StartsWith("Migration", StringComparison.Ordinal)
        || name.EndsWith("Migration", StringComparison.Ordinal)
        || name.EndsWith("Migrations", StringComparison.Ordinal);

    /// <summary><c>Migration</c>, <c>IHasMigration</c>, <c>NzbDroneMigrationBase</c>, <c>IMigrationRoutine</c>.</summary>
    private static bool IsMigrationBase(string name) =>
        name.EndsWith("Migration", StringComparison.Ordinal)
        || name.EndsWith("MigrationBase", StringComparison.Ordinal)
        || name.EndsWith("MigrationRoutine", StringComparison.Ordinal);

    private static bool IsVendored(SyntaxTree tree, Compilation compilation, CancellationToken cancellationToken)
    {
        var facts = ProjectFactsOf(compilation, cancellationToken);
        var path = tree.FilePath;
        if (!string.IsNullOrEmpty(path) && Path.IsPathRooted(path) && path.Length > facts.CommonFolderLength)
        {
            var fileStart = LastSeparator(path) + 1;
            foreach (var folder in Folders(path, facts.CommonFolderLength, fileStart))
            {
                if (VendorFolders.Contains(folder))
                {
                    return true;
                }
            }
        }

        var header = HeaderOf(tree, cancellationToken);
        if (header.SaysCopied)
        {
            return true;
        }

        // A copyright of someone else than the project: the holder more than half of the files name;
        // in a project without that convention, any copyright header marks code brought in from elsewhere.
        return header.Holder is not null && !string.Equals(header.Holder, facts.ProjectHolder, StringComparison.OrdinalIgnoreCase);
    }

    private static ProjectFacts ProjectFactsOf(Compilation compilation, CancellationToken cancellationToken) =>
        Facts.GetOrCompute(compilation, ProjectFacts.Compute, cancellationToken);

    private static FileHeader HeaderOf(SyntaxTree tree, CancellationToken cancellationToken) =>
        Headers.GetOrCompute(tree, FileHeader.Read, cancellationToken);

    private static int LastSeparator(string path) => Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));

    /// <summary>The folder names of <paramref name="path"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    private static IEnumerable<string> Folders(string path, int start, int end)
    {
        var segmentStart = start;
        for (var i = start; i < end; i++)
        {
            if (path[i] is '/' or '\\')
            {
                if (i > segmentStart)
                {
                    yield return path.Substring(segmentStart, i - segmentStart);
                }

                segmentStart = i + 1;
            }
        }
    }

    /// <summary>What the comments before a file's first declaration say about where it comes from.</summary>
    private sealed class FileHeader
    {
        private FileHeader(string? holder, bool saysCopied)
        {
            Holder = holder;
            SaysCopied = saysCopied;
        }

        /// <summary>The copyright holder the header names (<c>Copyright (c) 2007-2026 ShareX Team</c> -> <c>ShareX Team</c>).</summary>
        public string? Holder { get; }

        /// <summary>Whether the header says the file was copied from another project (<c>// This is copy from LiteDB 5</c>).</summary>
        public bool SaysCopied { get; }

        public static FileHeader Read(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var root = (CompilationUnitSyntax)tree.GetRoot(cancellationToken);
            string? holder = null;
            var saysCopied = false;
            Scan(root.GetLeadingTrivia(), ref holder, ref saysCopied);

            // After the usings, before the namespace or first type: where a note about the file's origin is also written.
            if (root.Members.Count > 0 && (root.Usings.Count > 0 || root.Externs.Count > 0 || root.AttributeLists.Count > 0))
            {
                Scan(root.Members[0].GetLeadingTrivia(), ref holder, ref saysCopied);
            }

            return new FileHeader(holder, saysCopied);
        }

        private static void Scan(SyntaxTriviaList trivia, ref string? holder, ref bool saysCopied)
        {
            foreach (var item in trivia)
            {
                if (!item.IsKind(SyntaxKind.SingleLineCommentTrivia) && !item.IsKind(SyntaxKind.MultiLineCommentTrivia))
                {
                    continue;
                }

                var text = item.ToString();
                foreach (var phrase in CopiedPhrases)
                {
                    if (TextSearch.ContainsIgnoreCase(text, phrase))
                    {
                        saysCopied = true;
                    }
                }

                holder ??= CopyrightHolder(text);
            }
        }

        /// <summary>
        /// The first word of the holder a copyright line names: <c>Copyright (c) 2007-2026 ShareX Team</c> -> <c>ShareX</c>,
        /// <c>&lt;copyright file="Program.cs" company="Microsoft Corporation"&gt;</c> -> <c>Microsoft</c>. One word, so that
        /// <c>Microsoft</c> and <c>Microsoft Corporation</c> are one holder.
        /// </summary>
        private static string? CopyrightHolder(string comment)
        {
            var at = comment.IndexOf("Copyright", StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return null;
            }

            int i;
            if (at > 0 && comment[at - 1] == '<')
            {
                var company = comment.IndexOf("company=\"", at, StringComparison.OrdinalIgnoreCase);
                if (company < 0)
                {
                    return null;
                }

                i = company + "company=\"".Length;
            }
            else
            {
                i = at + "Copyright".Length;
                while (i < comment.Length)
                {
                    if (char.IsWhiteSpace(comment[i]) || char.IsDigit(comment[i]) || comment[i] is '\u00a9' or '-' or '\u2013' or ',' or ':')
                    {
                        i++;
                    }
                    else if (string.Compare(comment, i, "(c)", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        i += 3;
                    }
                    else
                    {
                        break;
                    }
                }
            }

            var end = i;
            while (end < comment.Length && (char.IsLetterOrDigit(comment[end]) || comment[end] is '.' or '_' or '-') && !(comment[end] == '.' && (end + 1 == comment.Length || !char.IsLetterOrDigit(comment[end + 1]))))
            {
                end++;
            }

            return end > i ? comment.Substring(i, end - i) : null;
        }
    }

    /// <summary>Facts of a compilation the vendored-code signals compare a file with.</summary>
    private sealed class ProjectFacts
    {
        private ProjectFacts(int commonFolderLength, string? projectHolder)
        {
            CommonFolderLength = commonFolderLength;
            ProjectHolder = projectHolder;
        }

        /// <summary>Length of the folder every source file of the compilation lies in (its path with the trailing separator).</summary>
        public int CommonFolderLength { get; }

        /// <summary>The copyright holder more than half of the files name in their header, if any.</summary>
        public string? ProjectHolder { get; }

        public static ProjectFacts Compute(Compilation compilation, CancellationToken cancellationToken)
        {
            string? common = null;
            var commonLength = 0;
            var files = 0;
            var holders = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var tree in compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // Source generators' trees have paths relative to no folder (Generator/Type/hint.cs): they would leave no
                // common folder, and every folder of a checkout's own path would then be read as the project's.
                var path = tree.FilePath;
                if (!string.IsNullOrEmpty(path) && Path.IsPathRooted(path))
                {
                    var folderLength = LastSeparator(path) + 1;
                    if (common is null)
                    {
                        common = path;
                        commonLength = folderLength;
                    }
                    else
                    {
                        var length = Math.Min(commonLength, folderLength);
                        var same = 0;
                        while (same < length && path[same] == common[same])
                        {
                            same++;
                        }

                        // Back to the last separator both paths share: a common prefix of names is not a common folder.
                        while (same > 0 && common[same - 1] is not '/' and not '\\')
                        {
                            same--;
                        }

                        commonLength = same;
                    }
                }

                files++;
                if (HeaderOf(tree, cancellationToken).Holder is { } holder)
                {
                    holders.TryGetValue(holder, out var count);
                    holders[holder] = count + 1;
                }
            }

            string? projectHolder = null;
            foreach (var entry in holders)
            {
                if (entry.Value * 2 > files)
                {
                    projectHolder = entry.Key;
                }
            }

            return new ProjectFacts(commonLength, projectHolder);
        }
    }
}
