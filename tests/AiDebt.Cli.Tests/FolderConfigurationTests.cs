using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using AiDebt.Cli.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiDebt.Cli.Tests;

/// <summary>
/// The analyzer options of a folder scan are built once per file and read from every analyzer thread: each file keeps
/// the options of its own folder's <c>.editorconfig</c>, however often and from however many threads they are asked for.
/// </summary>
public class FolderConfigurationTests
{
    [Fact]
    public void Each_file_gets_its_own_folders_options_on_every_read_from_every_thread()
    {
        using var temp = new TempFolder();
        temp.File(".editorconfig", "root = true\n\n[*.cs]\naidebt.duplication.min_tokens = 40\n");
        temp.File("Billing/.editorconfig", "[*.cs]\naidebt.duplication.min_tokens = 90\n");
        var configuration = FolderConfiguration.Load(temp.Path);
        var provider = configuration.CreateOptionsProvider(ImmutableDictionary<string, string>.Empty, new Dictionary<string, ImmutableDictionary<string, string>>());
        var shipping = CSharpSyntaxTree.ParseText("class A { }", path: temp.Combine("Shipping/A.cs"));
        var billing = CSharpSyntaxTree.ParseText("class B { }", path: temp.Combine("Billing/B.cs"));

        var reads = new string?[2000];
        Parallel.For(0, reads.Length, i =>
        {
            provider.GetOptions(i % 2 == 0 ? shipping : billing).TryGetValue("AIDEBT.duplication.min_tokens", out var value);
            reads[i] = value;
        });

        Assert.All(reads.Where((_, i) => i % 2 == 0), value => Assert.Equal("40", value));
        Assert.All(reads.Where((_, i) => i % 2 == 1), value => Assert.Equal("90", value));
        Assert.Same(provider.GetOptions(billing), provider.GetOptions(billing));
    }
}
