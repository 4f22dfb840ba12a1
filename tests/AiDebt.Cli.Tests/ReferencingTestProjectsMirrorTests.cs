using System;
using System.Linq;
using AiDebt.Cli.Analysis;
using Xunit;

namespace AiDebt.Cli.Tests;

/// <summary>
/// aidebt scan against what AiDebtAnalyzers.TestGaps.targets finds for the same layout (the expected lists are the
/// targets' output, `dotnet msbuild` on Linux with SDK 10.0.401).
/// </summary>
public class ReferencingTestProjectsMirrorTests
{
    private const string Reference = "<Project><ItemGroup><ProjectReference Include=\"{0}\" /></ItemGroup></Project>";

    [Fact]
    public void Names_come_in_the_order_the_targets_give_them()
    {
        using var temp = new TempFolder();
        temp.File("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"></Project>");
        temp.File("src/Lib/A.cs", "class A {}");
        foreach (var n in new[] { "zeta", "b", "C", "alpha", "Delta", "10", "9", "_u" })
        {
            temp.File($"tests/{n}/P{n}.csproj", string.Format(Reference, "../../src/Lib/Lib.csproj"));
        }

        foreach (var n in new[] { "Lib.Tests", "Lib.Specs", "A.Specs", "z.Tests" })
        {
            temp.File($"src/{n}/S{n}.csproj", string.Format(Reference, "../Lib/Lib.csproj"));
        }

        var projects = FolderProjects.Discover(temp.Path, temp.Path).ToDictionary(p => p.Name);

        // The targets: tests/** sorted ignoring case, then the *Test* siblings, then the *Spec* siblings.
        Assert.Equal(
            "P10, P9, Palpha, Pb, PC, PDelta, Pzeta, P_u, SLib.Tests, Sz.Tests, SA.Specs, SLib.Specs",
            string.Join(", ", projects["Lib"].UnreadReferencingTestProjects));
    }

    [Fact]
    public void Projects_under_node_modules_and_artifacts_in_tests_are_candidates_as_in_the_targets()
    {
        using var temp = new TempFolder();
        temp.File("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"></Project>");
        temp.File("src/Lib/A.cs", "class A {}");
        temp.File("tests/A/A.csproj", string.Format(Reference, "../../src/Lib/Lib.csproj"));
        temp.File("tests/artifacts/Y/Y.csproj", string.Format(Reference, "../../../src/Lib/Lib.csproj"));
        temp.File("tests/node_modules/x/X.csproj", string.Format(Reference, "../../../src/Lib/Lib.csproj"));

        var projects = FolderProjects.Discover(temp.Path, temp.Path).ToDictionary(p => p.Name);

        // The targets give "A, Y, X" (they exclude only bin and obj).
        Assert.Equal("A, Y, X", string.Join(", ", projects["Lib"].UnreadReferencingTestProjects));
    }

    [Fact]
    public void Upper_case_project_extensions_are_matched_as_the_targets_match_them_on_Linux()
    {
        using var temp = new TempFolder();
        temp.File("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"></Project>");
        temp.File("src/Lib/A.cs", "class A {}");
        temp.File("src/Lib.Tests2/Upper.CSPROJ", string.Format(Reference, "../Lib/Lib.csproj"));
        temp.File("tests/U/U.CSPROJ", string.Format(Reference, "../../src/Lib/Lib.csproj"));

        var projects = FolderProjects.Discover(temp.Path, temp.Path).ToDictionary(p => p.Name);

        // The targets on Linux: the sibling's *.csproj matches Upper.CSPROJ, tests/**/*.csproj does not match U.CSPROJ.
        Assert.Equal("Upper", string.Join(", ", projects["Lib"].UnreadReferencingTestProjects));
    }
}
