using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using AiDebt.Cli.Analysis;

namespace AiDebt.Cli.Tests;

/// <summary>
/// A folder scan splits the folder into projects and treats each as the package's props and targets treat it in a
/// build: test projects are test projects, their sources reach AID301, and the Agent Trace file reaches the provenance rules.
/// </summary>
public class FolderProjectTests
{
    private const string Library = """
        namespace Shop;

        public class Cart
        {
            public int Count(int items) => items;
        }

        public class Invoice
        {
            public string Render(int number) => "Invoice " + number;
        }
        """;

    private const string CartTests = """
        namespace Shop.Tests;

        public class CartTests
        {
            public void Counts_items()
            {
                var cart = new Shop.Cart();
                System.Console.WriteLine(cart.Count(2));
            }
        }

        public class FakeMailer
        {
            public bool Send(string to)
            {
                // In a real application, you would send the email through an SMTP server.
                System.Console.WriteLine(to);
                return true;
            }
        }
        """;

    private const string Project = "<Project Sdk=\"Microsoft.NET.Sdk\"></Project>";

    private const string TestProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <ItemGroup>
            <PackageReference Include="xunit" Version="2.9.3" />
          </ItemGroup>
        </Project>
        """;

    [Fact]
    public void Test_projects_are_analysed_as_tests_and_feed_AID301()
    {
        using var temp = new TempFolder();
        temp.File("src/Shop/Shop.csproj", Project);
        temp.File("src/Shop/Cart.cs", Library);
        temp.File("src/Shop.Tests/Shop.Tests.csproj", TestProject);
        temp.File("src/Shop.Tests/CartTests.cs", CartTests);

        var result = CliRunner.Run("scan", temp.Combine("src"), "-o", temp.Combine("scan.sarif"), "--root", temp.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);

        // Redirected output (a log, CI) gets no progress at all: no bar, no ANSI, no line per project.
        Assert.DoesNotContain("Shop.Tests", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.All, StringComparison.Ordinal);
        var findings = Results(temp.Combine("scan.sarif"));

        // The stand-in in the test project's fake is a test double, which AID502 leaves alone in test projects.
        Assert.DoesNotContain(findings, f => f.Rule == "AID502");

        // The test sources reached AID301: the tested type is quiet, the untested one is reported, and AID302 is not.
        Assert.DoesNotContain(findings, f => f.Rule == "AID302");
        Assert.Contains(findings, f => f.Rule == "AID301" && f.Message.Contains("Invoice", StringComparison.Ordinal) && f.Message.Contains("Shop.Tests", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Rule == "AID301" && f.Message.Contains("Cart", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Rule == "AID301" && f.Uri.StartsWith("src/Shop.Tests/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_fake_in_production_code_is_reported()
    {
        using var temp = new TempFolder();
        temp.File("src/Shop/Shop.csproj", Project);
        temp.File("src/Shop/Mailer.cs", CartTests);

        var result = CliRunner.Run("scan", temp.Combine("src"), "-o", temp.Combine("scan.sarif"), "--root", temp.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(Results(temp.Combine("scan.sarif")), f => f.Rule == "AID502");
    }

    [Fact]
    public void Agent_trace_file_reaches_the_provenance_rules()
    {
        using var temp = new TempFolder();
        temp.File("src/Shop/Shop.csproj", Project);
        temp.File("src/Shop/Cart.cs", Library);
        temp.File(".agent-trace/traces.jsonl", "{ not json\n");

        var result = CliRunner.Run("scan", temp.Combine("src"), "-o", temp.Combine("scan.sarif"), "--root", temp.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(Results(temp.Combine("scan.sarif")), f => f.Rule == "AID405" && f.Uri == ".agent-trace/traces.jsonl");
    }

    [Fact]
    public void Test_projects_are_recognised_as_the_build_recognises_them()
    {
        using var temp = new TempFolder();
        temp.File("Lib/Lib.csproj", Project);
        temp.File("Lib/A.cs", "class A {}");
        temp.File("ByProperty/ByProperty.csproj", "<Project><PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup></Project>");
        temp.File("ByProperty/A.cs", "class A {}");
        temp.File("ByFramework/ByFramework.csproj", "<Project><ItemGroup><PackageReference Include=\"NUnit\" /></ItemGroup></Project>");
        temp.File("ByFramework/A.cs", "class A {}");
        temp.File("Lib.IntegrationTests/Lib.IntegrationTests.csproj", Project);
        temp.File("Lib.IntegrationTests/A.cs", "class A {}");
        temp.File("Conditional/Conditional.csproj", "<Project><PropertyGroup Condition=\"'$(CI)' == 'true'\"><IsTestProject>true</IsTestProject></PropertyGroup></Project>");
        temp.File("Conditional/A.cs", "class A {}");
        temp.File("specs/Directory.Build.props", "<Project><ItemGroup><PackageReference Include=\"xunit.v3\" /></ItemGroup></Project>");
        temp.File("specs/Lib.Specs/Lib.Specs.csproj", Project);
        temp.File("specs/Lib.Specs/A.cs", "class A {}");
        temp.File("tests/Lib.Tests/Lib.Tests.csproj", Project);
        temp.File("tests/Lib.Tests/LibTests.cs", "class LibTests {}");
        temp.File("tests/Lib.Tests/obj/Generated.cs", "class Generated {}");
        temp.File("Loose.cs", "class Loose {}");

        var projects = FolderProjects.Discover(temp.Path, temp.Path).ToDictionary(p => p.Name);

        Assert.False(projects["Lib"].IsTest);
        Assert.False(projects["Conditional"].IsTest);
        Assert.True(projects["ByProperty"].IsTest);
        Assert.True(projects["ByFramework"].IsTest);
        Assert.True(projects["Lib.IntegrationTests"].IsTest);
        Assert.True(projects["Lib.Specs"].IsTest);
        Assert.True(projects["Lib.Tests"].IsTest);

        // The files no project file owns form a project of their own, named after the folder.
        var loose = Assert.Single(projects.Values, p => p.ProjectFile is null);
        Assert.Equal(new[] { temp.Combine("Loose.cs") }, loose.Files);

        // The test-gap targets' conventions: <root>/tests/N.Tests and N.IntegrationTests beside the project; bin/obj excluded.
        Assert.Equal(
            new[] { ("A.cs", "Lib.IntegrationTests"), ("LibTests.cs", "Lib.Tests") },
            projects["Lib"].TestSources.Select(s => (Path.GetFileName(s.Path), s.TestProject)).OrderBy(s => s.Item1, StringComparer.Ordinal));
        Assert.Empty(projects["Lib.Tests"].TestSources);
    }

    [Fact]
    public void Test_projects_that_reference_the_project_are_named_for_AID302_or_read_when_asked()
    {
        // As the test-gap targets find them: a project under the root's Tests folder or in a folder beside the project's
        // named for tests or specs, with a ProjectReference to the project (old-style with a Windows path, or conditional);
        // read only when the project sets AiDebtFindTestProjectsByReference, else named for AID302.
        using var temp = new TempFolder();
        temp.File("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><AiDebtFindTestProjectsByReference>true</AiDebtFindTestProjectsByReference></PropertyGroup></Project>");
        temp.File("src/Lib/A.cs", "class A {}");
        temp.File("Tests/Checks/Checks.csproj", "<Project ToolsVersion=\"15.0\" xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\"><ItemGroup><ProjectReference Include=\"..\\..\\src\\Lib\\Lib.csproj\" /></ItemGroup></Project>");
        temp.File("Tests/Checks/AChecks.cs", "class AChecks {}");
        temp.File("src/Lib.Specs.Acceptance/Acceptance.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><ProjectReference Include=\"../Lib/Lib.csproj\" Condition=\"'$(CI)' != ''\" /></ItemGroup></Project>");
        temp.File("src/Lib.Specs.Acceptance/ASpecs.cs", "class ASpecs {}");
        temp.File("tests/Other/Other.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><ProjectReference Include=\"../../src/Elsewhere/Elsewhere.csproj\" /></ItemGroup></Project>");
        temp.File("tests/Other/OtherTests.cs", "class OtherTests {}");
        temp.File("src/Tools/Tools.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><ProjectReference Include=\"../Lib/Lib.csproj\" /></ItemGroup></Project>");
        temp.File("src/Tools/T.cs", "class T {}");

        var projects = FolderProjects.Discover(temp.Path, temp.Path).ToDictionary(p => p.Name);

        Assert.Equal(
            new[] { ("AChecks.cs", "Checks"), ("ASpecs.cs", "Acceptance") },
            projects["Lib"].TestSources.Select(s => (Path.GetFileName(s.Path), s.TestProject)).OrderBy(s => s.Item1, StringComparer.Ordinal));
        Assert.Empty(projects["Lib"].UnreadReferencingTestProjects);

        temp.File("src/Lib/Lib.csproj", Project);
        projects = FolderProjects.Discover(temp.Path, temp.Path).ToDictionary(p => p.Name);
        Assert.Empty(projects["Lib"].TestSources);
        Assert.Equal(new[] { "Acceptance", "Checks" }, projects["Lib"].UnreadReferencingTestProjects.OrderBy(n => n, StringComparer.Ordinal));

        // An executable is not searched unless it asks: the rule's default scope leaves its API out.
        temp.File("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>");
        projects = FolderProjects.Discover(temp.Path, temp.Path).ToDictionary(p => p.Name);
        Assert.Empty(projects["Lib"].UnreadReferencingTestProjects);
    }

    [Fact]
    public void Explicit_test_project_items_and_trace_settings_are_honoured()
    {
        using var temp = new TempFolder();
        temp.File("Lib/Lib.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <AiDebtTestGapsConventions>false</AiDebtTestGapsConventions>
                <AiDebtAgentTraceFile>../traces/custom.jsonl</AiDebtAgentTraceFile>
              </PropertyGroup>
              <ItemGroup>
                <AiDebtTestProject Include="..\Checks\Checks.csproj" />
              </ItemGroup>
            </Project>
            """);
        temp.File("Lib/A.cs", "class A {}");
        temp.File("Lib.Tests/Lib.Tests.csproj", Project);
        temp.File("Lib.Tests/ATests.cs", "class ATests {}");
        temp.File("Checks/Checks.csproj", TestProject);
        temp.File("Checks/AChecks.cs", "class AChecks {}");
        temp.File("traces/custom.jsonl", string.Empty);
        temp.File("Quiet/Quiet.csproj", "<Project><PropertyGroup><AiDebtUseAgentTrace>false</AiDebtUseAgentTrace></PropertyGroup></Project>");
        temp.File("Quiet/A.cs", "class A {}");
        temp.File(".agent-trace/traces.jsonl", string.Empty);

        var projects = FolderProjects.Discover(temp.Path, temp.Path).ToDictionary(p => p.Name);

        Assert.Equal(new[] { (temp.Combine("Checks/AChecks.cs"), "Checks") }, projects["Lib"].TestSources.Select(s => (s.Path, s.TestProject)));
        Assert.Equal(temp.Combine("traces/custom.jsonl"), projects["Lib"].TraceFile);
        Assert.Null(projects["Quiet"].TraceFile);
        Assert.Equal(temp.Combine(".agent-trace/traces.jsonl"), projects["Checks"].TraceFile);
    }

    private static System.Collections.Generic.List<(string Rule, string Message, string Uri)> Results(string sarif) =>
        JsonNode.Parse(File.ReadAllText(sarif))!["runs"]![0]!["results"]!.AsArray()
            .Select(r => ((string)r!["ruleId"]!, (string)r["message"]!["text"]!, (string?)r["locations"]?[0]?["physicalLocation"]?["artifactLocation"]?["uri"] ?? string.Empty))
            .ToList();
}
