using System;
using System.IO;
using AiDebtAnalyzers.CorpusScan;

namespace AiDebtAnalyzers.Tests.CorpusScan;

/// <summary>
/// The measurement's --compile-items: a file belongs to the project folder that compiles it, as <c>aidebt scan
/// &lt;folder&gt;</c> decides; a file under a project file that no project compiles belongs to none.
/// </summary>
public sealed class CompiledFilesTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "aidebt-compiled-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void Files_go_to_the_project_that_compiles_them_or_to_none()
    {
        var legacy = Write("Legacy/Legacy.csproj", """
            <Project ToolsVersion="15.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
              <ItemGroup>
                <Compile Include="Listed.cs" />
                <Compile Include="..\Shared\Info.cs" />
              </ItemGroup>
            </Project>
            """);
        var web = Write("Web/Web.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <Compile Remove="Services\**" />
              </ItemGroup>
            </Project>
            """);
        var listed = Write("Legacy/Listed.cs", string.Empty);
        var dead = Write("Legacy/Dead.cs", string.Empty);
        var info = Write("Shared/Info.cs", string.Empty);
        var program = Write("Web/Program.cs", string.Empty);
        var service = Write("Web/Services/Service.cs", string.Empty);
        var loose = Write("Loose.cs", string.Empty);
        var files = new CompiledFiles(new[] { web, legacy }, new[] { listed, dead, info, program, service, loose });

        Assert.Equal(Folder("Legacy"), files.FolderOf(listed, Folder("Legacy")));
        Assert.Null(files.FolderOf(dead, Folder("Legacy")));
        Assert.Equal(Folder("Legacy"), files.FolderOf(info, root));
        Assert.Equal(Folder("Web"), files.FolderOf(program, Folder("Web")));
        Assert.Null(files.FolderOf(service, Folder("Web")));
        Assert.Equal(root, files.FolderOf(loose, root));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // The folder is under the temp directory.
        }
    }

    private string Folder(string relative) => Path.Combine(root, relative);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
