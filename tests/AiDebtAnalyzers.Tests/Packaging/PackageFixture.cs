using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace AiDebtAnalyzers.Tests.Packaging;

/// <summary>
/// Packs AiDebtAnalyzers once, with a unique prerelease version, into a folder feed; consumers restore it into an
/// isolated NUGET_PACKAGES folder so a stale cached copy is never used.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "aidebt-package-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

        var project = Path.Combine(Quality.RuleCatalog.RepositoryRoot, "src", "AiDebtAnalyzers.Package", "AiDebtAnalyzers.Package.csproj");
        PackResult = DotNetCli.Run(
            Root,
            null,
            TimeSpan.FromMinutes(10),
            "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version, "--disable-build-servers", "-nologo");
        PackagePath = Directory.GetFiles(Feed, "AiDebtAnalyzers." + Version + ".nupkg").SingleOrDefault();
    }

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string Version { get; }

    public DotNetCli.Result PackResult { get; }

    public string? PackagePath { get; }

    /// <summary>Writes a consumer project that references the packed package and nothing else.</summary>
    public string CreateConsumer(string name, string source, string extraProperties = "")
    {
        var directory = Path.Combine(Root, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ErrorLog>{Path.Combine(directory, name + ".sarif")},version=2.1</ErrorLog>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AiDebtAnalyzers" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "OrderService.cs"), source);
        return directory;
    }

    public DotNetCli.Result Dotnet(string directory, params string[] arguments) =>
        DotNetCli.Run(directory, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Packages }, TimeSpan.FromMinutes(10), arguments);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
