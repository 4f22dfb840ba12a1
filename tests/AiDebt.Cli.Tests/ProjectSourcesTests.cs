using System;
using System.IO;
using System.Linq;
using AiDebt.Cli.Analysis;

namespace AiDebt.Cli.Tests;

/// <summary>
/// A folder scan analyses the files a build would compile: an old-style project's <c>Compile Include</c> list, an
/// SDK-style project's default glob less its <c>Compile Remove</c> items (see <see cref="ProjectSources"/>).
/// </summary>
public class ProjectSourcesTests
{
    /// <summary>A class holding the method the MSBuild integration tests copy between projects (AID101 needs a copy).</summary>
    private const string Duplicated = "namespace Legacy;\n\npublic class Exporter\n{\n" + MSBuildIntegrationTests.CopiedMethod + "}\n";

    [Fact]
    public void An_old_style_project_compiles_exactly_the_files_it_lists()
    {
        using var temp = new TempFolder();
        temp.File("Legacy/Legacy.csproj", """
            <?xml version="1.0" encoding="utf-8"?>
            <Project ToolsVersion="15.0" DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
              <PropertyGroup>
                <OutputType>Library</OutputType>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="Listed.cs" />
                <Compile Include="sub\listed.cs" />
                <Compile Include="Dialogs\*.cs" Exclude="Dialogs\Old*.cs" />
                <Compile Include="..\Shared\SharedInfo.cs">
                  <Link>Properties\SharedInfo.cs</Link>
                </Compile>
              </ItemGroup>
              <ItemGroup Condition="'$(Configuration)' == 'Debug'">
                <Compile Include="DebugOnly.cs" />
              </ItemGroup>
            </Project>
            """);
        temp.File("Legacy/Listed.cs", "class Listed {}");
        temp.File("Legacy/Sub/Listed.cs", "class SubListed {}");
        temp.File("Legacy/Dialogs/Open.cs", "class Open {}");
        temp.File("Legacy/Dialogs/OldOpen.cs", "class OldOpen {}");
        temp.File("Legacy/Dialogs/Nested/Deep.cs", "class Deep {}");
        temp.File("Legacy/DebugOnly.cs", "class DebugOnly {}");
        temp.File("Legacy/LeftOnDisk.cs", "class LeftOnDisk {}");
        temp.File("Shared/SharedInfo.cs", "class SharedInfo {}");
        temp.File("Loose.cs", "class Loose {}");

        var projects = FolderProjects.Discover(temp.Path, temp.Path, out var notCompiled).ToDictionary(p => p.Name);

        // Paths with '\' and another case than on disk (written on Windows), a glob that does not descend, its Exclude,
        // a linked file from another folder (Link metadata does not change which file it is), and a conditional item:
        // conditions are not evaluated, so the file is kept.
        Assert.Equal(
            new[] { "Legacy/DebugOnly.cs", "Legacy/Dialogs/Open.cs", "Legacy/Listed.cs", "Legacy/Sub/Listed.cs", "Shared/SharedInfo.cs" },
            projects["Legacy"].Files.Select(Relative(temp)).Order(StringComparer.Ordinal));
        Assert.Equal(3, notCompiled);

        // A file under no project file at all stays in the folder's own project; the linked file left it.
        Assert.Equal(new[] { "Loose.cs" }, Assert.Single(projects.Values, p => p.ProjectFile is null).Files.Select(Relative(temp)));
    }

    [Fact]
    public void An_sdk_style_project_compiles_its_folder_less_its_unconditional_removals()
    {
        using var temp = new TempFolder();
        temp.File("Web/Web.csproj", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <ItemGroup>
                <Compile Remove="services\**" />
                <Compile Remove="Legacy/Old.cs;Legacy\Older.cs" />
                <Compile Include="..\Linked\Linked.cs" />
              </ItemGroup>
              <ItemGroup Condition="'$(TargetFramework)' == 'net48'">
                <Compile Remove="Modern\**" />
              </ItemGroup>
              <ItemGroup>
                <Compile Remove="Platform\**" Condition="'$(OS)' != 'Windows_NT'" />
                <Compile Remove="$(GeneratedFolder)\**" />
              </ItemGroup>
            </Project>
            """);
        temp.File("Web/Program.cs", "class Program {}");
        temp.File("Web/Services/Service.cs", "class Service {}");
        temp.File("Web/Services/Deep/Inner.cs", "class Inner {}");
        temp.File("Web/ServicesHelper.cs", "class ServicesHelper {}");
        temp.File("Web/Legacy/Old.cs", "class Old {}");
        temp.File("Web/Legacy/Older.cs", "class Older {}");
        temp.File("Web/Legacy/Kept.cs", "class Kept {}");
        temp.File("Web/Modern/Modern.cs", "class Modern {}");
        temp.File("Web/Platform/Windows.cs", "class Windows {}");
        temp.File("Linked/Linked.cs", "class Linked {}");

        var projects = FolderProjects.Discover(temp.Path, temp.Path, out var notCompiled);

        // A removal of another case applies (the glob ignores case); conditional removals and a removal MSBuild alone could
        // resolve remove nothing; an include outside the folder brings that file in.
        var web = Assert.Single(projects);
        Assert.Equal(
            new[] { "Linked/Linked.cs", "Web/Legacy/Kept.cs", "Web/Modern/Modern.cs", "Web/Platform/Windows.cs", "Web/Program.cs", "Web/ServicesHelper.cs" },
            web.Files.Select(Relative(temp)).Order(StringComparer.Ordinal));
        Assert.Equal(4, notCompiled);
    }

    [Fact]
    public void Default_compile_items_turned_off_leave_only_the_included_files()
    {
        using var temp = new TempFolder();
        temp.File("A/Directory.Build.props", "<Project><PropertyGroup><EnableDefaultItems>false</EnableDefaultItems></PropertyGroup></Project>");
        temp.File("A/A.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <Compile Include="**\*.cs" Exclude="Attic\**" />
              </ItemGroup>
            </Project>
            """);
        temp.File("A/Top.cs", "class Top {}");
        temp.File("A/Deep/Down/Below.cs", "class Below {}");
        temp.File("A/Attic/Dead.cs", "class Dead {}");
        temp.File("B/B.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <EnableDefaultItems>true</EnableDefaultItems>
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="$(MSBuildThisFileDirectory)Main.cs" />
              </ItemGroup>
            </Project>
            """);
        temp.File("B/Main.cs", "class Main {}");
        temp.File("B/Other.cs", "class Other {}");
        temp.File("C/C.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup Condition="'$(Configuration)' == 'Release'">
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
              </PropertyGroup>
            </Project>
            """);
        temp.File("C/Any.cs", "class Any {}");

        var projects = FolderProjects.Discover(temp.Path, temp.Path, out var notCompiled).ToDictionary(p => p.Name);

        // '**' matches no folder too; a property that MSBuild sets and the scan knows is resolved; a conditional
        // EnableDefaultCompileItems is not evaluated, so the default glob stays.
        Assert.Equal(new[] { "A/Deep/Down/Below.cs", "A/Top.cs" }, projects["A"].Files.Select(Relative(temp)).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "B/Main.cs" }, projects["B"].Files.Select(Relative(temp)));
        Assert.Equal(new[] { "C/Any.cs" }, projects["C"].Files.Select(Relative(temp)));
        Assert.Equal(2, notCompiled);
    }

    [Fact]
    public void Items_only_MSBuild_could_resolve_drop_no_file()
    {
        using var temp = new TempFolder();
        temp.File("Legacy/Legacy.csproj", """
            <Project ToolsVersion="4.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
              <ItemGroup>
                <Compile Include="Listed.cs" />
                <Compile Include="$(SharedSources)\*.cs" />
              </ItemGroup>
            </Project>
            """);
        temp.File("Legacy/Listed.cs", "class Listed {}");
        temp.File("Legacy/Unlisted.cs", "class Unlisted {}");
        temp.File("Question/Question.csproj", """
            <Project ToolsVersion="4.0">
              <ItemGroup>
                <Compile Include="File?.cs" />
              </ItemGroup>
            </Project>
            """);
        temp.File("Question/File1.cs", "class File1 {}");
        temp.File("Question/Other.cs", "class Other {}");
        temp.File("Plain/Plain.csproj", "<Project><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>");
        temp.File("Plain/Program.cs", "class Program {}");

        var projects = FolderProjects.Discover(temp.Path, temp.Path, out var notCompiled).ToDictionary(p => p.Name);

        // A property the project file does not set literally, and a '?' wildcard (which the glob matcher does not
        // support), keep every file of the project; a project file with no SDK and no Compile item keeps its folder.
        Assert.Equal(2, projects["Legacy"].Files.Count);
        Assert.Equal(2, projects["Question"].Files.Count);
        Assert.Single(projects["Plain"].Files);
        Assert.Equal(0, notCompiled);
    }

    [Theory]
    [InlineData("*.cs", "A.cs")]
    [InlineData("**\\*.cs", "A.cs,Sub/B.cs,Sub/Deep/C.cs")]
    [InlineData("**", "A.cs,Sub/B.cs,Sub/Deep/C.cs")]
    [InlineData("sub\\**\\*.cs", "Sub/B.cs,Sub/Deep/C.cs")]
    [InlineData("Sub/*/*.CS", "Sub/Deep/C.cs")]
    [InlineData("**\\Deep\\**", "Sub/Deep/C.cs")]
    [InlineData("S*\\B*", "Sub/B.cs")]
    [InlineData("..\\Other\\*.cs", "../Other/D.cs")]
    [InlineData("SUB\\B.cs", "Sub/B.cs")]
    [InlineData("Missing.cs", "")]
    public void Globs_match_as_MSBuild_matches_them(string pattern, string expected)
    {
        using var temp = new TempFolder();
        var files = new[] { "P/A.cs", "P/Sub/B.cs", "P/Sub/Deep/C.cs", "Other/D.cs" }.Select(f => temp.File(f, string.Empty));
        var candidates = new CandidateFiles(files);
        var project = temp.Combine("P");

        var matched = candidates.Matching(project, pattern).Select(f => Path.GetRelativePath(project, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), matched);
    }

    [Fact]
    public void A_folder_scan_reports_no_clone_in_a_file_no_build_compiles_and_says_how_many_it_left_out()
    {
        using var temp = new TempFolder();
        temp.File("src/Legacy/Legacy.csproj", """
            <Project ToolsVersion="15.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
              <ItemGroup>
                <Compile Include="Exporter.cs" />
              </ItemGroup>
            </Project>
            """);
        temp.File("src/Legacy/Exporter.cs", Duplicated);
        temp.File("src/Legacy/ExporterCopy.cs", Duplicated.Replace("class Exporter", "class ExporterCopy", StringComparison.Ordinal));

        var result = CliRunner.Run("scan", temp.Combine("src"), "-o", temp.Combine("scan.sarif"), "--root", temp.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("1 .cs file(s) under a project file were not analysed", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ExporterCopy", File.ReadAllText(temp.Combine("scan.sarif")), StringComparison.Ordinal);

        // Listed in the project, the copy is compiled and its clone reported.
        File.WriteAllText(temp.Combine("src/Legacy/Legacy.csproj"), File.ReadAllText(temp.Combine("src/Legacy/Legacy.csproj")).Replace("<Compile Include=\"Exporter.cs\" />", "<Compile Include=\"Exporter*.cs\" />", StringComparison.Ordinal));
        result = CliRunner.Run("scan", temp.Combine("src"), "-o", temp.Combine("scan.sarif"), "--root", temp.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.DoesNotContain("not analysed", result.Output, StringComparison.Ordinal);
        Assert.Contains("AID101", File.ReadAllText(temp.Combine("scan.sarif")), StringComparison.Ordinal);
    }

    private static Func<string, string> Relative(TempFolder temp) => file => Path.GetRelativePath(temp.Path, file).Replace('\\', '/');
}
