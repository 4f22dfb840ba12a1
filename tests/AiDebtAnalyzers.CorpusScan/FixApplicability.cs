using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers;
using AiDebtAnalyzers.CodeFixes.Duplication;
using AiDebtAnalyzers.CorpusScan;
using AiDebtAnalyzers.Duplication;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

/// <summary>
/// Where the AID101 extract-method fix applies: for each clone group judged genuine in a committed verdicts file, runs
/// the fix's planner on the group's diagnostic (the code base in a workspace, as the IDE holds it) and records whether
/// the fix is offered, and if not, why the planner declined.
/// </summary>
internal static class FixApplicability
{
    public static async Task<int> RunAsync(
        string[] args,
        Func<string, IReadOnlyList<string>, ImmutableArray<MetadataReference>> loadReferences,
        Func<string, IEnumerable<string>, CSharpParseOptions> parseOptionsFor,
        Func<string, bool, bool, bool, IEnumerable<ScanProject>> groupByProject)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: --fix-applicability <verdicts.tsv> <folder> [--single-compilation] [--exclude-tests] [--compile-items] [--references runtime|sdk|corlib] [--add-references path]... [--define A;B]... [--project-references file] [--nullable enable|disable] [--out results.tsv]");
            return 2;
        }

        var verdictsPath = args[1];
        var folder = Path.GetFullPath(args[2]);
        var single = args.Contains("--single-compilation");
        var excludeTests = args.Contains("--exclude-tests");
        // As the checks' scans pass it: only the files a build compiles, so a judged group is planned on the same files.
        var compileItems = args.Contains("--compile-items");
        var references = OptionValue(args, "--references") ?? "runtime";
        var output = OptionValue(args, "--out");
        var projectReferences = OptionValue(args, "--project-references");
        // As the code base's build sets it: the fix writes nullable annotations only where the context takes them, so a
        // scan that enabled it for a project without <Nullable> showed `string[]?` its build rejects (CS8632).
        var nullable = OptionValue(args, "--nullable") == "disable" ? NullableContextOptions.Disable : NullableContextOptions.Enable;

        var genuine = ReadGenuine(verdictsPath);
        var results = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (projectReferences is not null)
        {
            await JudgeBuiltProjectsAsync(projectReferences, folder, genuine, results);
            return Report(genuine, results, output);
        }

        var added = new List<string>();
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--add-references")
            {
                added.Add(Path.GetFullPath(args[i + 1]));
            }
        }

        // Source generators a build of the code base runs (the runtime's JSON serializer contexts, MVVM toolkit
        // properties): a .dll, or a text file listing them one a line. Without them the members they generate are
        // unbound, and the planner declines what a build would bind.
        var generators = new List<AnalyzerReference>();
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--generators")
            {
                var path = Path.GetFullPath(args[i + 1]);
                var paths = path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                    ? new[] { path }
                    : File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
                generators.AddRange(paths.Select(p => (AnalyzerReference)new AnalyzerFileReference(p, BuiltSolution.GeneratorLoader.Instance)));
            }
        }

        // The check's scan defines these (a project's own symbols, `WINDOWS;AVALONIA`): the same code must be parsed, or a
        // judged line lands in another statement and `#if` sections the scan read are missing.
        var defines = new List<string>();
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--define")
            {
                defines.AddRange(args[i + 1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        var metadataReferences = loadReferences(references, added);
        var parseOptions = parseOptionsFor(references, defines);
        foreach (var project in groupByProject(folder, single, excludeTests, compileItems))
        {
            var judgedHere = genuine.Where(g => project.Files.Contains(Path.Combine(folder, g.Path))).ToList();
            if (judgedHere.Count == 0)
            {
                continue;
            }

            // The global usings a build of the project generates (without them `Task` and `List<T>` are error types in a
            // project that enables implicit usings, and the planner judges code a build binds as unbound). One compilation
            // of a whole code base takes those its root enables for every project (Git Extensions' Directory.Build.props);
            // per-project settings cannot apply to one compilation, so it takes none of those.
            var globalUsings = ImplicitUsings.For(project.Folder, parseOptions);
            var (solution, compilation) = await OpenAsync(project, single ? "Corpus" : Path.GetFileName(project.Folder), metadataReferences, parseOptions, globalUsings, nullable, generators);
            var diagnostics = await CloneDiagnosticsAsync(compilation, project.IsTest);
            foreach (var judged in judgedHere)
            {
                results[judged.Place] = judged.Category + "\t" + await StatusAsync(solution, diagnostics, folder, judged);
            }
        }

        return Report(genuine, results, output);
    }

    /// <summary>
    /// The groups judged on the projects as their build compiles them (<c>--project-references</c>, the file
    /// tests/project-references/project-references.sh writes): each project with its own sources, references, defines,
    /// language version and source generators, and the projects it references compiled from their sources. A judged file
    /// is judged in the first project (by path) that compiles it; a file no recorded project compiles is "not scanned".
    /// </summary>
    private static async Task JudgeBuiltProjectsAsync(string projectReferencesPath, string folder, List<Judged> genuine, SortedDictionary<string, string> results)
    {
        var projects = ProjectReferencesFile.OnePerProject(ProjectReferencesFile.Parse(File.ReadLines(projectReferencesPath)));
        var (solution, ids, missing) = BuiltSolution.Open(projects);
        foreach (var line in missing)
        {
            Console.Error.WriteLine("not found: " + line);
        }

        foreach (var project in projects)
        {
            var compiled = solution.GetProject(ids[project.ProjectPath])!;
            var files = new HashSet<string>(compiled.Documents.Select(d => d.FilePath!), StringComparer.Ordinal);
            var judgedHere = genuine.Where(g => !results.ContainsKey(g.Place) && files.Contains(Path.GetFullPath(Path.Combine(folder, g.Path)))).ToList();
            if (judgedHere.Count == 0)
            {
                continue;
            }

            var compilation = (await compiled.GetCompilationAsync())!;
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Console.Error.WriteLine($"{project.AssemblyName} ({project.TargetFramework}): {judgedHere.Count} judged group(s), {errors.Count} compile error(s)");

            // What the build's references still leave unbound here (packages not restored, generators that did not run).
            foreach (var common in errors.GroupBy(d => d.GetMessage(CultureInfo.InvariantCulture)).OrderByDescending(g => g.Count()).Take(3))
            {
                Console.Error.WriteLine($"  {common.Count()} x {common.First().Id} {common.Key}");
            }

            var diagnostics = await CloneDiagnosticsAsync(compilation, project.IsTest);
            foreach (var judged in judgedHere)
            {
                results[judged.Place] = judged.Category + "\t" + await StatusAsync(solution, diagnostics, folder, judged);
            }
        }
    }

    private static async Task<ImmutableArray<Diagnostic>> CloneDiagnosticsAsync(Compilation compilation, bool isTest)
    {
        var globalOptions = new Dictionary<string, string>(StringComparer.Ordinal) { ["build_property.IsTestProject"] = isTest ? "true" : "false" };
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ScanOptionsProvider(globalOptions, new Dictionary<string, Dictionary<string, string>>()));
        return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DuplicatedCodeAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    private static int Report(List<Judged> genuine, SortedDictionary<string, string> results, string? output)
    {
        var lines = results.Select(r => r.Key + "\t" + r.Value).ToList();
        foreach (var judged in genuine.Where(g => !results.ContainsKey(g.Place)))
        {
            lines.Add(judged.Place + "\t" + judged.Category + "\tnot reported\tfile not scanned");
        }

        if (output is not null)
        {
            File.WriteAllLines(output, lines);
        }

        Console.WriteLine($"genuine groups: {genuine.Count}");
        var rows = lines.Select(l => l.Split('\t')).ToList();
        var binding = rows.Where(c => c[2] is "offered" or "declined").ToList();
        var bound = binding.Where(c => c.Length > 5 && c[5] == "binds").ToList();
        Console.WriteLine($"still reported: {binding.Count}, offered: {binding.Count(c => c[2] == "offered")}; "
            + $"whose copies the scan binds: {bound.Count}, offered among them: {bound.Count(c => c[2] == "offered")}");
        foreach (var tally in lines.Select(l => l.Split('\t')).GroupBy(c => c[2] + (c.Length > 3 && c[3].Length > 0 ? ": " + c[3] : string.Empty)).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"{tally.Count(),4}  {tally.Key}");
        }

        return 0;
    }

    private static async Task<string> StatusAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, string folder, Judged judged)
    {
        // The judged line is the first line of the copy the sample named; a finding of the same file whose block holds
        // it (starting at most two lines below, as the lines of a group may shift by a statement) is that group now.
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Location.GetLineSpan();
            if (diagnostic.Id != RuleIds.DuplicatedCode
                || !string.Equals(Path.GetRelativePath(folder, span.Path).Replace('\\', '/'), judged.Path, StringComparison.Ordinal)
                || span.StartLinePosition.Line + 1 > judged.Line + 2 || judged.Line > span.EndLinePosition.Line + 1)
            {
                continue;
            }

            var severity = diagnostic.Severity == DiagnosticSeverity.Warning ? "warning" : "info";
            var declined = new List<string>();
            var plan = await CloneExtraction.TryPlanAsync(solution, diagnostic, new HashSet<string>(StringComparer.Ordinal), CancellationToken.None, declined);
            if (plan is not null && Environment.GetEnvironmentVariable("AIDEBT_FIX_DUMP") is { Length: > 0 } dump)
            {
                // For reading the extractions: each changed document as the fix leaves it, beside its original.
                var fixedSolution = await CloneExtraction.ApplyAsync(solution, new[] { plan }, CancellationToken.None);
                var group = Path.Combine(dump, judged.Path.Replace('/', '_') + "_" + judged.Line.ToString(CultureInfo.InvariantCulture));
                Directory.CreateDirectory(group);
                foreach (var change in fixedSolution.GetChanges(solution).GetProjectChanges().SelectMany(p => p.GetChangedDocuments()))
                {
                    var before = await solution.GetDocument(change)!.GetTextAsync();
                    var after = await fixedSolution.GetDocument(change)!.GetTextAsync();
                    // Under its path in the folder: two changed documents of one name (DriveHelper.cs of two projects)
                    // overwrote each other.
                    var filePath = solution.GetDocument(change)!.FilePath;
                    var name = filePath is null ? change.Id.ToString() : Path.GetRelativePath(folder, filePath);
                    var file = Path.Combine(group, name);
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    await File.WriteAllTextAsync(file + ".before", before.ToString());
                    await File.WriteAllTextAsync(file + ".after", after.ToString());
                }
            }

            var binding = await CopiesBindAsync(solution, diagnostic) ? "binds" : "unbound";
            return plan is not null ? "offered\t\t" + severity + "\t" + binding : "declined\t" + (declined.Count > 0 ? declined[0] : "unknown") + "\t" + severity + "\t" + binding
                + (declined.Count > 1 ? "\t" + declined[1].Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ') : string.Empty);
        }

        return "not reported\t";
    }

    /// <summary>
    /// Whether the scan's compilation binds everything the group's copies touch: no error in the copies, no expression or
    /// symbol of an error type in them (a field whose type is in an unrestored package reports its error at the field,
    /// not at each use), and a bound signature of each copy's function. A group that fails this is judged by the planner
    /// on code a real build would bind differently (types of WinForms, WPF, other projects or unrestored packages), so the
    /// measurement reports the fix's reach over the groups that bind beside its reach over all of them.
    /// </summary>
    private static async Task<bool> CopiesBindAsync(Solution solution, Diagnostic diagnostic)
    {
        foreach (var location in diagnostic.AdditionalLocations.Prepend(diagnostic.Location))
        {
            if (location.SourceTree is not { } tree || solution.GetDocument(tree) is not { } document
                || await document.GetSemanticModelAsync() is not { } model)
            {
                return false;
            }

            var span = location.SourceSpan;
            if (model.GetDiagnostics(span).FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
            {
                // What leaves the copies unbound, for a reader who wants to give the scan the reference it lacks.
                Console.Error.WriteLine($"  unbound {Path.GetFileName(tree.FilePath)}:{location.GetLineSpan().StartLinePosition.Line + 1}: {error.Id} {error.GetMessage(CultureInfo.InvariantCulture)}");
                return false;
            }

            var root = await tree.GetRootAsync();
            if (model.GetEnclosingSymbol(span.Start) is IMethodSymbol function
                && (ContainsErrorType(function.ReturnType) || function.Parameters.Any(p => ContainsErrorType(p.Type))))
            {
                return false;
            }

            foreach (var node in root.DescendantNodes(span).Where(n => span.Contains(n.Span)))
            {
                if (node is Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax expression
                    && (model.GetTypeInfo(expression).Type is { } type && ContainsErrorType(type)
                        || model.GetSymbolInfo(expression).Symbol is { } symbol && SymbolType(symbol) is { } symbolType && ContainsErrorType(symbolType)))
                {
                    return false;
                }

                if (model.GetDeclaredSymbol(node) is { } declared && SymbolType(declared) is { } declaredType && ContainsErrorType(declaredType))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static ITypeSymbol? SymbolType(ISymbol symbol) => symbol switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IMethodSymbol method => method.ReturnType,
        IEventSymbol @event => @event.Type,
        _ => null,
    };

    private static bool ContainsErrorType(ITypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Error } => true,
        IArrayTypeSymbol array => ContainsErrorType(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(ContainsErrorType) || (named.ContainingType is { } outer && ContainsErrorType(outer)),
        _ => false,
    };

    private static async Task<(Solution Solution, Compilation Compilation)> OpenAsync(ScanProject project, string name, ImmutableArray<MetadataReference> references, CSharpParseOptions parseOptions, SyntaxTree? globalUsings, NullableContextOptions nullable, List<AnalyzerReference> generators)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId(name);
        var documents = project.Files.Select(file => DocumentInfo.Create(
            DocumentId.CreateNewId(projectId, file),
            Path.GetFileName(file),
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(File.ReadAllText(file)), VersionStamp.Create(), file)),
            filePath: file)).ToList();
        if (globalUsings is not null)
        {
            documents.Add(DocumentInfo.Create(
                DocumentId.CreateNewId(projectId, globalUsings.FilePath),
                globalUsings.FilePath,
                loader: TextLoader.From(TextAndVersion.Create(globalUsings.GetText(), VersionStamp.Create(), globalUsings.FilePath)),
                filePath: globalUsings.FilePath));
        }
        var info = ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            name,
            name,
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: nullable),
            parseOptions: parseOptions,
            documents: documents,
            metadataReferences: references,
            analyzerReferences: generators);
        var solution = workspace.CurrentSolution.AddProject(info);
        var compilation = await solution.GetProject(projectId)!.GetCompilationAsync();
        if (generators.Count > 0)
        {
            // A generator that does not load (built against a newer compiler) adds nothing: the count shows it.
            var generated = await solution.GetProject(projectId)!.GetSourceGeneratedDocumentsAsync();
            Console.Error.WriteLine($"generators: {generators.Sum(g => g.GetGeneratorsForAllLanguages().Length)} in {generators.Count} assemblies, {generated.Count()} generated files");
        }

        return (solution, compilation!);
    }

    private static List<Judged> ReadGenuine(string path)
    {
        var judged = new List<Judged>();
        foreach (var line in File.ReadLines(path))
        {
            var columns = line.Split('\t');
            if (line.StartsWith('#') || columns.Length < 3 || columns[1] != "genuine")
            {
                continue;
            }

            var colon = columns[0].LastIndexOf(':');
            judged.Add(new Judged(columns[0], columns[0][..colon], int.Parse(columns[0][(colon + 1)..], CultureInfo.InvariantCulture), columns[2]));
        }

        return judged;
    }

    private static string? OptionValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private sealed record Judged(string Place, string Path, int Line, string Category);
}
