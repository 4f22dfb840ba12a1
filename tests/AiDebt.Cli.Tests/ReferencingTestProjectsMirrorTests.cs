using System;
using System.Linq;
using AiDebt.Cli.Analysis;
using Xunit;

namespace AiDebt.Cli.Tests;

/// <summary>
/// aidebt scan against what AiDebtAnalyzers.TestGaps.targets finds for the same layout: the same candidates, named in
/// the order AID302 gives them (sorted, whatever order the file system lists them in).
/// </summary>
public class ReferencingTestProjectsMirrorTests
{
    private const string Reference = "<Project><ItemGroup><ProjectReference Include=\"{0}\" /></ItemGroup></Project>";

    [Fact]
    public void Names_come_sorted_whatever_the_order_of_the_folders()
    {
        using var temp = new TempFolder();
        temp.File("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"></Project>");
        temp.File("src/Lib/A.cs", "class A {}");
        foreach (var n in new[] { "zeta", "b", "C", "alpha", "Delta", "10", "9", "_u" })
        {
            temp.File($"tests/{n}/P{n}.csproj", string.Format(Reference, "../../src/Lib/Lib.csproj"));
        }

        foreach (var n in new[] { "Lib.AcceptanceTests", "Lib.Specs", "A.Specs", "z.Tests" })
        {
            temp.File($"src/{n}/S{n}.csproj", string.Format(Reference, "../Lib/Lib.csproj"));
        }

        var projects = FolderProjects.Discover(temp.Path, temp.Path).ToDictionary(p => p.Name);

        Assert.Equal(
            "P10, P9, Palpha, Pb, PC, PDelta, Pzeta, P_u, SA.Specs, SLib.AcceptanceTests, SLib.Specs, Sz.Tests",
            string.Join(", ", projects["Lib"].UnreadReferencingTestProjects));
    }

    [Fact]
    public void Projects_under_node_modules_and_artifacts_in_tests_are_not_candidates_as_in_the_targets()
    {
        using var temp = new TempFolder();
        temp.File("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"></Project>");
        temp.File("src/Lib/A.cs", "class A {}");
        temp.File("tests/A/A.csproj", string.Format(Reference, "../../src/Lib/Lib.csproj"));
        temp.File("tests/artifacts/Y/Y.csproj", string.Format(Reference, "../../../src/Lib/Lib.csproj"));
        temp.File("tests/node_modules/x/X.csproj", string.Format(Reference, "../../../src/Lib/Lib.csproj"));

        var projects = FolderProjects.Discover(temp.Path, temp.Path).ToDictionary(p => p.Name);

        // Both leave out bin, obj, node_modules, artifacts, .git and .vs.
        Assert.Equal("A", string.Join(", ", projects["Lib"].UnreadReferencingTestProjects));
    }
}
