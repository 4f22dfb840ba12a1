using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Xml.Linq;

namespace AiDebtAnalyzers.Tests.Packaging;

/// <summary>The package as a user gets it: packed, restored from a feed, built, and fixed with dotnet format.</summary>
[Trait("Category", "Packaging")]
public sealed class PackageTests : IClassFixture<PackageFixture>
{
    private const string ConsumerSource = """
        namespace Consumer;

        public sealed class OrderService
        {
            public int Save(int total)
            {
                total++;
                // ... existing code ...
                return total;
            }
        }
        """;

    private readonly PackageFixture package;

    public PackageTests(PackageFixture package)
    {
        this.package = package;
        Assert.True(package.PackagePath is not null, "dotnet pack failed: " + package.PackResult);
    }

    [Fact]
    public void Package_holds_analyzers_props_and_presets_but_no_lib_and_no_dependencies()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath!);
        var entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToList();

        Assert.Contains("analyzers/dotnet/cs/AiDebtAnalyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/AiDebtAnalyzers.CodeFixes.dll", entries);
        Assert.Contains("build/AiDebtAnalyzers.props", entries);
        Assert.Contains("build/AiDebtAnalyzers.targets", entries);
        Assert.Contains("buildTransitive/AiDebtAnalyzers.props", entries);
        Assert.Contains("buildTransitive/AiDebtAnalyzers.targets", entries);
        Assert.Contains("README.md", entries);
        foreach (var mode in Quality.AnalysisModes.Names)
        {
            Assert.Contains("build/config/AiDebt." + mode + ".globalconfig", entries);
        }

        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal) && !e.StartsWith("analyzers/dotnet/cs/AiDebtAnalyzers", StringComparison.Ordinal));

        var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var nuspec = XDocument.Load(stream);
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("AiDebtAnalyzers", metadata.Element(ns + "id")!.Value);
        Assert.Equal("true", metadata.Element(ns + "developmentDependency")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Null(metadata.Element(ns + "dependencies"));
    }

    [Theory]
    [InlineData("AiDebtAnalyzers.dll")]
    [InlineData("AiDebtAnalyzers.CodeFixes.dll")]
    public void Packed_assemblies_target_netstandard20_and_roslyn_48_at_most(string assembly)
    {
        using var zip = ZipFile.OpenRead(package.PackagePath!);
        using var source = zip.GetEntry("analyzers/dotnet/cs/" + assembly)!.Open();
        using var copy = new MemoryStream();
        source.CopyTo(copy);
        copy.Position = 0;
        using var pe = new PEReader(copy);
        var reader = pe.GetMetadataReader();

        var targetFramework = reader.CustomAttributes
            .Select(reader.GetCustomAttribute)
            .Where(a => AttributeTypeName(reader, a) == "TargetFrameworkAttribute")
            .Select(a => reader.GetBlobReader(a.Value))
            .Select(blob => { blob.ReadUInt16(); return blob.ReadSerializedString(); })
            .Single();
        Assert.Equal(".NETStandard,Version=v2.0", targetFramework);

        var maximum = new Version(4, 8, 0, 0);
        var roslynReferences = reader.AssemblyReferences
            .Select(reader.GetAssemblyReference)
            .Where(r => reader.GetString(r.Name).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(roslynReferences);
        Assert.All(roslynReferences, r => Assert.True(r.Version <= maximum, reader.GetString(r.Name) + " " + r.Version + " is newer than " + maximum));

        // Nothing beyond Roslyn and the framework: a System.Text.Json copy beside an analyzer clashes with the host's.
        var allowed = new[] { "netstandard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "Microsoft.CodeAnalysis.Workspaces", "Microsoft.CodeAnalysis.CSharp.Workspaces", "System.Collections.Immutable", "System.Composition.AttributedModel", "AiDebtAnalyzers" };
        Assert.All(reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)), name => Assert.Contains(name, allowed));
    }

    [Fact]
    public void Consumer_build_reports_AID501_with_debt_data_in_sarif_and_dotnet_format_fixes_it()
    {
        var directory = package.CreateConsumer("Consumer", ConsumerSource);

        var build = package.Dotnet(directory, "build", "--disable-build-servers", "-nologo");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("warning AID501", build.Output, StringComparison.Ordinal);

        using (var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "Consumer.sarif"))))
        {
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Single(r => r.GetProperty("ruleId").GetString() == RuleIds.ElidedCode);
            var properties = result.GetProperty("properties").GetProperty("customProperties");
            Assert.Equal("residue", properties.GetProperty("aidebt.family").GetString());
            Assert.Equal("5", properties.GetProperty("aidebt.debtMinutes").GetString());
            Assert.StartsWith("v2:AID501:Consumer.OrderService.Save(int):", properties.GetProperty("aidebt.fingerprint").GetString(), StringComparison.Ordinal);
        }

        var format = package.Dotnet(directory, "format", "analyzers", "Consumer.csproj", "--diagnostics", RuleIds.ElidedCode, "--severity", "info", "--no-restore");
        Assert.True(format.ExitCode == 0, format.ToString());
        var fixedSource = File.ReadAllText(Path.Combine(directory, "OrderService.cs"));
        Assert.DoesNotContain("existing code", fixedSource, StringComparison.Ordinal);
        Assert.Contains("total++;", fixedSource, StringComparison.Ordinal);
    }

    [Fact]
    public void Analysis_mode_none_turns_every_rule_off_and_strict_fails_with_warnaserror()
    {
        // Any case: the preset file names are capitalized, and a case-sensitive file system must not fall back to Default.
        var off = package.CreateConsumer("ConsumerNone", ConsumerSource, "<AiDebtAnalysisMode>none</AiDebtAnalysisMode>");
        var offBuild = package.Dotnet(off, "build", "--disable-build-servers", "-nologo");
        Assert.True(offBuild.ExitCode == 0, offBuild.ToString());
        Assert.DoesNotContain("AID501", offBuild.Output, StringComparison.Ordinal);

        var strict = package.CreateConsumer("ConsumerStrict", ConsumerSource, "<AiDebtAnalysisMode>strict</AiDebtAnalysisMode><TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        var strictBuild = package.Dotnet(strict, "build", "--disable-build-servers", "-nologo");
        Assert.NotEqual(0, strictBuild.ExitCode);
        Assert.Contains("error AID501", strictBuild.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_duplicated_block_stays_a_suggestion_the_build_says_when_none_is_shown_and_strict_makes_it_a_warning()
    {
        // 72 tokens, under aidebt.duplication.warning_min_tokens (80): the analyzer reports it as a suggestion, and a
        // preset that set AID101's severity would replace that with its own (issue found in a packaged build).
        const string block = Duplication.CloneSources.Validation;
        var source = "namespace Consumer;\n\npublic sealed class Order { public int Quantity { get; set; } public decimal UnitPrice { get; set; } }\n\n"
            + "public sealed class CheckoutService\n{\n    public decimal Price(Order order)\n    {\n        " + block + "\n        return total;\n    }\n}\n\n"
            + "public sealed class QuoteService\n{\n    public decimal Quote(Order order)\n    {\n        " + block + "\n        return total;\n    }\n}\n";

        var directory = package.CreateConsumer("ConsumerSmallClone", source);
        var build = package.Dotnet(directory, "build", "--disable-build-servers", "-nologo", "-v:d");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("warning AID101", build.Output, StringComparison.Ordinal);

        // A SARIF log shows suggestions: the build does not say they are hidden.
        Assert.DoesNotContain("AiDebt.NoErrorLog.globalconfig", build.Output, StringComparison.Ordinal);
        using (var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "ConsumerSmallClone.sarif"))))
        {
            var clones = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Where(r => r.GetProperty("ruleId").GetString() == RuleIds.DuplicatedCode).ToList();
            Assert.Equal(2, clones.Count);
            Assert.All(clones, r => Assert.Equal("note", r.GetProperty("level").GetString()));
            Assert.All(clones, r => Assert.Equal("small", r.GetProperty("properties").GetProperty("customProperties").GetProperty("aidebt.cloneSize").GetString()));
        }

        // Without an error log the compiler prints no suggestion, and the package says so to the analyzers.
        var noLog = package.CreateConsumer("ConsumerSmallCloneNoLog", source, "<ErrorLog></ErrorLog>");
        var noLogBuild = package.Dotnet(noLog, "build", "--disable-build-servers", "-nologo", "-v:d");
        Assert.True(noLogBuild.ExitCode == 0, noLogBuild.ToString());
        Assert.Contains("AiDebt.NoErrorLog.globalconfig", noLogBuild.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning AID101", noLogBuild.Output, StringComparison.Ordinal);

        // Strict's configured severity raises the small block, also where suggestions are hidden.
        var strict = package.CreateConsumer("ConsumerSmallCloneStrict", source, "<AiDebtAnalysisMode>Strict</AiDebtAnalysisMode><ErrorLog></ErrorLog>");
        var strictBuild = package.Dotnet(strict, "build", "--disable-build-servers", "-nologo", "-v:d");
        Assert.True(strictBuild.ExitCode == 0, strictBuild.ToString());
        Assert.Contains("AiDebt.NoErrorLog.globalconfig", strictBuild.Output, StringComparison.Ordinal);
        Assert.Contains("warning AID101", strictBuild.Output, StringComparison.Ordinal);

        // An error log set by a target before the compiler runs (as SonarScanner's does) is seen: suggestions are shown.
        var lateLog = package.CreateConsumer("ConsumerSmallCloneLateLog", source, "<ErrorLog></ErrorLog></PropertyGroup><Target Name=\"SetLog\" BeforeTargets=\"CoreCompile\"><PropertyGroup><ErrorLog>late.sarif,version=2.1</ErrorLog></PropertyGroup></Target><PropertyGroup>");
        var lateBuild = package.Dotnet(lateLog, "build", "--disable-build-servers", "-nologo", "-v:d");
        Assert.True(lateBuild.ExitCode == 0, lateBuild.ToString());
        Assert.DoesNotContain("AiDebt.NoErrorLog.globalconfig", lateBuild.Output, StringComparison.Ordinal);
        using (var late = JsonDocument.Parse(File.ReadAllText(Path.Combine(lateLog, "late.sarif"))))
        {
            Assert.Equal(2, late.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Count(r => r.GetProperty("ruleId").GetString() == RuleIds.DuplicatedCode));
        }
    }

    private static string AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind == HandleKind.MemberReference)
        {
            var member = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            if (member.Parent.Kind == HandleKind.TypeReference)
            {
                return reader.GetString(reader.GetTypeReference((TypeReferenceHandle)member.Parent).Name);
            }
        }

        return string.Empty;
    }

    [Fact]
    public void Consumer_build_reads_the_agent_trace_and_compiles_the_provenance_attribute()
    {
        const string source = """
            using AiDebtAnalyzers;

            namespace Consumer;

            public sealed class Pricing
            {
                [AiProvenance(Tool = "copilot", Contributor = "ai")]
                public int Reviewed(int a) => a;

                public int Traced(int a)
                {
                    return a * 2;
                }
            }
            """;
        var directory = package.CreateConsumer("ConsumerProvenance", source);
        Directory.CreateDirectory(Path.Combine(directory, ".agent-trace"));
        File.WriteAllText(
            Path.Combine(directory, ".agent-trace", "traces.jsonl"),
            "{\"version\":\"0.1.0\",\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"timestamp\":\"2026-11-20T14:30:00Z\",\"files\":[{\"path\":\"OrderService.cs\",\"conversations\":[{\"contributor\":{\"type\":\"ai\"},\"ranges\":[{\"start_line\":10,\"end_line\":13}]}]}]}\n{not json}\n");

        var build = package.Dotnet(directory, "build", "--disable-build-servers", "-nologo");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("warning AID401", build.Output, StringComparison.Ordinal);
        Assert.Contains("warning AID405", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS0436", build.Output, StringComparison.Ordinal);

        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "ConsumerProvenance.sarif")));
        var summary = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == RuleIds.ProvenanceSummary);
        var properties = summary.GetProperty("properties").GetProperty("customProperties");
        Assert.Equal("unknown=4;copilot=1", properties.GetProperty("aidebt.byTool").GetString());

        // Switched off, the generator leaves the name free for a project's own attribute.
        var own = package.CreateConsumer(
            "ConsumerOwnAttribute",
            """
            namespace AiDebtAnalyzers
            {
                internal sealed class AiProvenanceAttribute : System.Attribute
                {
                    public string? Tool { get; set; }

                    public string? Contributor { get; set; }
                }
            }

            namespace Consumer
            {
                public sealed class Pricing
                {
                    [AiDebtAnalyzers.AiProvenance(Tool = "copilot", Contributor = "ai")]
                    public int Reviewed(int a) => a;
                }
            }
            """,
            "<AiDebtGenerateProvenanceAttribute>false</AiDebtGenerateProvenanceAttribute><AiDebtAgentTraceFile>logs/agent.jsonl</AiDebtAgentTraceFile>");
        Directory.CreateDirectory(Path.Combine(own, "logs"));
        File.WriteAllText(Path.Combine(own, "logs", "agent.jsonl"), "{not json}\n");
        var ownBuild = package.Dotnet(own, "build", "--disable-build-servers", "-nologo");
        Assert.True(ownBuild.ExitCode == 0, ownBuild.ToString());
        Assert.DoesNotContain("CS0101", ownBuild.Output, StringComparison.Ordinal);

        // A trace named by AiDebtAgentTraceFile is read whatever its name.
        Assert.Contains("warning AID405", ownBuild.Output, StringComparison.Ordinal);
    }
}
