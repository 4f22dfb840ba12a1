using AiDebtAnalyzers.CorpusScan;

namespace AiDebtAnalyzers.Tests.CorpusScan;

/// <summary>
/// The measurement's --project-boundaries: which project a file of a --single-compilation scan belongs to, and when the
/// copies of a clone group lie in projects neither of which references the other (as <c>aidebt scan</c> decides
/// <c>unrelated-projects</c>). Project texts are given directly; nothing is read from disk.
/// </summary>
public class ProjectBoundariesTests
{
    private static ProjectBoundaries Plugins()
    {
        // A server, a library every plugin references, two plugins that reference only the library, and a host that
        // references the server (and through it the library).
        var boundaries = ProjectBoundaries.Empty("/code");
        boundaries.Add("/code/Common/Common.csproj", "<Project />");
        boundaries.Add("/code/Server/Server.csproj", """<Project><ItemGroup><ProjectReference Include="..\Common\Common.csproj" /></ItemGroup></Project>""");
        boundaries.Add("/code/Apps/GeoApp/GeoApp.csproj", """<Project><ItemGroup><ProjectReference Include="..\..\Common\Common.csproj" /></ItemGroup></Project>""");
        boundaries.Add("/code/Apps/LogApp/LogApp.csproj", """<Project><ItemGroup><ProjectReference Include="../../Common/Common.csproj" /></ItemGroup></Project>""");
        boundaries.Add("/code/Host/Host.csproj", """<Project><ItemGroup><ProjectReference Include="..\server\Server.csproj" /></ItemGroup></Project>""");
        return boundaries;
    }

    [Fact]
    public void A_file_belongs_to_the_nearest_folder_above_it_that_holds_a_project()
    {
        var boundaries = Plugins();

        Assert.Equal("/code/Apps/GeoApp/GeoApp.csproj", boundaries.ProjectOf("/code/Apps/GeoApp/Data/MaxMind.cs"));
        Assert.Equal("/code/Server/Server.csproj", boundaries.ProjectOf("/code/Server/Server.cs"));
        Assert.Null(boundaries.ProjectOf("/code/Apps/Readme.cs"));
    }

    [Fact]
    public void Copies_in_two_plugins_that_share_only_a_referenced_library_span_unrelated_projects()
    {
        Assert.True(Plugins().SpansUnrelatedProjects(new[] { "/code/Apps/GeoApp/App.cs", "/code/Apps/LogApp/App.cs" }));
    }

    [Fact]
    public void Copies_in_a_plugin_and_the_server_span_unrelated_projects_when_neither_references_the_other()
    {
        Assert.True(Plugins().SpansUnrelatedProjects(new[] { "/code/Server/Tokens.cs", "/code/Apps/GeoApp/Tokens.cs", "/code/Common/Tokens.cs" }));
    }

    [Fact]
    public void Copies_in_projects_that_reference_one_another_directly_or_through_others_are_related()
    {
        var boundaries = Plugins();

        // Host reaches Common through Server; the reference's path is spelled in another case, as code written on Windows does.
        Assert.False(boundaries.SpansUnrelatedProjects(new[] { "/code/Host/Startup.cs", "/code/Common/Startup.cs", "/code/Server/Startup.cs" }));
        Assert.False(boundaries.SpansUnrelatedProjects(new[] { "/code/Apps/GeoApp/A.cs", "/code/Apps/GeoApp/B.cs" }));
    }

    [Fact]
    public void Files_outside_every_project_are_left_out()
    {
        Assert.False(Plugins().SpansUnrelatedProjects(new[] { "/code/Apps/Readme.cs", "/code/Apps/GeoApp/App.cs" }));
    }
}
