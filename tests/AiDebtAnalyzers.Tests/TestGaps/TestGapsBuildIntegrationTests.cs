using System;
using System.IO;
using System.Linq;
using AiDebtAnalyzers.Tests.Packaging;
using AiDebtAnalyzers.Tests.Quality;

namespace AiDebtAnalyzers.Tests.TestGaps;

/// <summary>
/// Builds a library beside its test projects through the package's TestGaps props and targets with the real compiler,
/// so the convention folders, the explicit AiDebtTestProject item and the compiler-visible metadata are checked end to end.
/// </summary>
public sealed class TestGapsBuildIntegrationTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "aidebt-testgaps-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the system.
        }
    }

    [Fact]
    public void Library_build_finds_conventional_and_explicit_test_projects()
    {
        // The root holds a .git, so AiDebtRootDir is this folder and tests/ under it is searched.
        WriteShopLibrary(@"<AiDebtTestProject Include=""../../specs/Acceptance/Shop.Acceptance.csproj"" />");
        Write("src/Shop/Cart.cs", @"namespace Shop
{
    public class Cart
    {
        public void Add(int id) { }
        public void Remove(int id) { }
        public void Clear() { }
        public void Untested() { }
    }
}");
        Write("src/Shop.Tests/Shop.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        Write("src/Shop.Tests/CartTests.cs", "public class CartTests { public void Adds() => new Shop.Cart().Add(1); }");
        Write("src/Shop.Tests/obj/Generated.cs", "public class Ignored { public void M() => new Shop.Cart().Untested(); }");
        Write("src/Shop.Tests/TestFiles/checkout.txt", "{{ cart.items | array.size }}");
        Write("src/Shop.Tests/obj/cache.txt", "ignored");
        Write("src/Shop.Tests/TestFiles/logo.png", "not a script");
        Write("src/Shop.Tests/Snapshots/Render.verified.txt", "expected output");
        Write("tests/Shop.UnitTests/Shop.UnitTests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        Write("tests/Shop.UnitTests/RemoveTests.cs", "public class RemoveTests { public void Removes() => new Shop.Cart().Remove(1); }");
        Write("specs/Acceptance/Shop.Acceptance.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        Write("specs/Acceptance/Nested/ClearSpecs.cs", "public class ClearSpecs { public void Clears() => new Shop.Cart().Clear(); }");

        var output = Build(Path.Combine(root, "src", "Shop", "Shop.csproj"));

        var findings = output.Split('\n').Where(l => l.Contains("warning AID301", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(findings.Count == 1, "Expected one AID301 warning, got:\n" + output);
        Assert.Contains("Public API 'Cart.Untested()' has no test; searched Shop.Acceptance, Shop.Tests, Shop.UnitTests", findings[0], StringComparison.Ordinal);
        Assert.DoesNotContain("AID302", output, StringComparison.Ordinal);

        // The metadata reaches the compiler through the generated .editorconfig; files under obj/ never do.
        var editorConfig = GeneratedEditorConfig();
        Assert.Contains("build_metadata.AdditionalFiles.AiDebtTestSource = true", editorConfig, StringComparison.Ordinal);
        Assert.Contains("build_metadata.AdditionalFiles.AiDebtTestProject = Shop.Acceptance", editorConfig, StringComparison.Ordinal);
        Assert.Contains("ClearSpecs.cs]", editorConfig, StringComparison.Ordinal);
        Assert.DoesNotContain("Generated.cs]", editorConfig, StringComparison.Ordinal);

        // Templates the tests load come along as scripts (read for their member paths only); other files and obj/ do not.
        var scriptSection = editorConfig.Substring(editorConfig.IndexOf("checkout.txt]", StringComparison.Ordinal));
        scriptSection = scriptSection.Substring(0, scriptSection.IndexOf("\n[", StringComparison.Ordinal) is var next and > 0 ? next : scriptSection.Length);
        Assert.Contains("build_metadata.AdditionalFiles.AiDebtTestScript = true", scriptSection, StringComparison.Ordinal);
        Assert.Contains("build_metadata.AdditionalFiles.AiDebtTestProject = Shop.Tests", scriptSection, StringComparison.Ordinal);
        Assert.DoesNotContain("cache.txt]", editorConfig, StringComparison.Ordinal);
        Assert.DoesNotContain("logo.png]", editorConfig, StringComparison.Ordinal);
        Assert.DoesNotContain("Render.verified.txt]", editorConfig, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_projects_found_by_reference_are_named_by_AID302_or_read_when_asked()
    {
        WriteShopLibrary();
        Write("src/Shop/Cart.cs", "namespace Shop { public class Cart { public void Add(int id) { } public void Untested() { } } }");

        // A test project named for nothing that references the library (old-style, with the MSBuild namespace and a
        // Windows path); one under tests/ that references another project is not named.
        Write("Tests/Checks/Checks.csproj", "<Project ToolsVersion=\"15.0\" xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\"><ItemGroup><ProjectReference Include=\"..\\..\\src\\Shop\\Shop.csproj\" /></ItemGroup></Project>");
        Write("Tests/Checks/AddChecks.cs", "public class AddChecks { public void Adds() => new Shop.Cart().Add(1); }");
        Write("tests/Other/Other.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><ProjectReference Include=\"../../src/Elsewhere/Elsewhere.csproj\" /></ItemGroup></Project>");
        Write("tests/Other/OtherTests.cs", "public class OtherTests { public void Calls() => new Shop.Cart().Untested(); }");

        var output = Build(Path.Combine(root, "src", "Shop", "Shop.csproj"));
        Assert.DoesNotContain("AID301", output, StringComparison.Ordinal);
        var editorConfig = GeneratedEditorConfig();
        Assert.Contains("build_property.AiDebtReferencingTestProjects = Checks", editorConfig, StringComparison.Ordinal);
        Assert.DoesNotContain("AddChecks.cs]", editorConfig, StringComparison.Ordinal);

        output = Build(Path.Combine(root, "src", "Shop", "Shop.csproj"), "-p:AiDebtFindTestProjectsByReference=true");
        var findings = output.Split('\n').Where(l => l.Contains("warning AID301", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(findings.Count == 1, "Expected one AID301 warning, got:\n" + output);
        Assert.Contains("Public API 'Cart.Untested()' has no test; searched Checks", findings[0], StringComparison.Ordinal);
    }

    /// <summary>A library project that imports the package's test-gap props and targets, with the analyzer and the given items.</summary>
    private void WriteShopLibrary(string items = "")
    {
        var buildDir = Path.Combine(RuleCatalog.RepositoryRoot, "src", "AiDebtAnalyzers.Package", "build");
        var analyzer = typeof(RuleIds).Assembly.Location;
        Write(".git/HEAD", "ref: refs/heads/main\n");
        Write("src/Shop/Shop.csproj", $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <Import Project=""{buildDir}/AiDebtAnalyzers.TestGaps.props"" />
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <Analyzer Include=""{analyzer}"" />
    {items}
  </ItemGroup>
  <Import Project=""{buildDir}/AiDebtAnalyzers.TestGaps.targets"" />
</Project>");
        Write("src/Shop/Cart.cs", "namespace Shop { public class Cart { public void Add(int id) { } } }");

        // AID301 is a suggestion by default; these builds raise it as a team that tracks test gaps in its build does.
        Write("src/Shop/.editorconfig", "[*.cs]\ndotnet_diagnostic.AID301.severity = warning\n");
    }

    /// <summary>An analyzer's execution time in a <c>ReportAnalyzer</c> build's table (<c>&lt;0.001</c> read as 0).</summary>
    private static double ReportedSeconds(string output, string analyzer)
    {
        var row = System.Text.RegularExpressions.Regex.Match(output, @"(<0\.001|\d+\.\d+)\s+\S+\s+" + System.Text.RegularExpressions.Regex.Escape(analyzer) + @"\b");
        Assert.True(row.Success, "No ReportAnalyzer row for " + analyzer + " in:\n" + output);
        return row.Groups[1].Value == "<0.001" ? 0 : double.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The .editorconfig the build generated for the library: what reaches the compiler.</summary>
    private string GeneratedEditorConfig() =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(root, "src", "Shop", "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories).Single());

    [Fact]
    public void At_its_default_severity_AID301_runs_only_for_a_SARIF_log()
    {
        // A suggestion is not printed by a build, and without an error log the compiler does not run an analyzer whose
        // every rule is a suggestion (its ReportAnalyzer time is nil); with one, it runs and records the finding as a note.
        WriteShopLibrary();
        File.Delete(Path.Combine(root, "src", "Shop", ".editorconfig"));
        Write("src/Shop/Cart.cs", "namespace Shop { public class Cart { public void Add(int id) { } public void Untested() { } } }");
        Write("src/Shop.Tests/Shop.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        Write("src/Shop.Tests/CartTests.cs", "public class CartTests { public void Adds() => new Shop.Cart().Add(1); }");
        var project = Path.Combine(root, "src", "Shop", "Shop.csproj");

        var output = Build(project, "-p:ReportAnalyzer=true", "-v:d");
        Assert.DoesNotContain("AID301:", output, StringComparison.Ordinal);
        var skipped = ReportedSeconds(output, "AiDebtAnalyzers.TestGaps.UntestedPublicApiAnalyzer");

        var sarif = Path.Combine(root, "shop.sarif");
        output = Build(project, "--no-incremental", "-p:ReportAnalyzer=true", "-v:d", "-p:ErrorLog=" + sarif + "%2Cversion=2.1");
        var ran = ReportedSeconds(output, "AiDebtAnalyzers.TestGaps.UntestedPublicApiAnalyzer");

        // Skipped, the analyzer is still listed with its start-up alone (under 0.001 s on a quiet machine, up to 0.018 s
        // seen on a loaded one); run, it reads the test sources and reports (about 0.05 s quiet, 0.4 s loaded). Both
        // builds share the load, so only their ratio is compared: an absolute bound failed a loaded clean-clone run.
        Assert.True(skipped * 5 <= ran, $"ReportAnalyzer time without an error log {skipped} s, with one {ran} s");
        var log = File.ReadAllText(sarif);
        Assert.Matches("\"ruleId\": \"AID301\",\\s*(\"ruleIndex\": \\d+,\\s*)?\"level\": \"note\"", log);
        Assert.Contains("Public API 'Cart.Untested()' has no test", log, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_project_file_under_tests_does_not_warn_in_the_library_build()
    {
        // A test asset that is not well-formed XML (a fixture of a tool's tests): the search for referencing test projects
        // must pass it by quietly, as aidebt scan does; a warning here fails every library's build under -warnaserror.
        WriteShopLibrary();
        Write("tests/Assets/Broken/Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup>");
        var output = Build(Path.Combine(root, "src", "Shop", "Shop.csproj"));
        Assert.DoesNotContain("MSB3733", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_isolated_graph_build_of_the_library_succeeds()
    {
        // dotnet build -graph -isolate: an MSBuild task call to a project that is no ProjectReference is an error (MSB4254).
        WriteShopLibrary();
        Write("tests/Checks/Checks.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><ProjectReference Include=\"../../src/Shop/Shop.csproj\" /></ItemGroup></Project>");
        Build(Path.Combine(root, "src", "Shop", "Shop.csproj"), "-graph", "-isolate");
    }

    private void Write(string relativePath, string content)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private string Build(string project, params string[] properties)
    {
        var result = DotNetCli.Run(root, environment: null, TimeSpan.FromSeconds(180), new[] { "build", project, "--disable-build-servers", "-nologo", "-v:q" }.Concat(properties).ToArray());
        Assert.True(result.ExitCode == 0, "dotnet build failed:\n" + result.Output);
        return result.Output;
    }
}
