using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Tests.Verifiers;
using Xunit;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// A group every copy of which overlaps copies of other groups still reported, with less than the minimum size of its
/// own outside them, repeats duplications already reported: it has no finding.
/// </summary>
public class RepeatedElsewhereCloneTests
{
    /// <summary>Two argument guards: a block of guards alone weighs nothing.</summary>
    private const string Guards = """
        if (order is null)
                {
                    throw new System.ArgumentNullException(nameof(order));
                }

                if (order.Quantity <= 0)
                {
                    throw new System.ArgumentOutOfRangeException(nameof(order), "Quantity must be positive.");
                }
        """;

    /// <summary>A lookup too small to be a duplication on its own.</summary>
    private const string Lookup = """
        var discount = order.UnitPrice / 10m;
                if (discount > 5m)
                {
                    discount = 5m + ((discount - 5m) / 2m);
                }
        """;

    private const string Apply = """
        var net = order.Quantity * (order.UnitPrice - discount);
                order.UnitPrice = net / order.Quantity;
        """;

    /// <summary>Logic of its own before the lookup, more than the minimum size.</summary>
    private const string Naming = """
        var name = order.Customer.Trim();
                if (name.Length > 10 && order.Quantity > 3)
                {
                    name = name.Substring(0, 10) + order.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                order.Customer = name.ToUpperInvariant() + (order.UnitPrice > 100m ? "!" : "?");
        """;

    private const string Next = "\n        ";

    /// <summary>
    /// Four handlers: Retrieve and List share the lookup and the labeling, Delete and Unique the lookup and the
    /// applying; Retrieve and Delete open with the same prelude before the lookup, so they match at a third extent
    /// (prelude and lookup) that overlaps both other duplications.
    /// </summary>
    private static async Task<string[]> Findings(string prelude)
    {
        var files = new[]
        {
            ("/0/Retrieve.cs", Service("Retrieve", "Run", "order", prelude + Next + Lookup + Next + Labeling)),
            ("/0/List.cs", Service("List", "Run", "order", Lookup + Next + Labeling)),
            ("/0/Delete.cs", Service("Delete", "Run", "order", prelude + Next + Lookup + Next + Apply)),
            ("/0/Unique.cs", Service("Unique", "Run", "order", Lookup + Next + Apply)),
            ("/0/Order.cs", Order),
        };
        var diagnostics = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());
        return diagnostics.Select(d => d.Location.SourceTree!.FilePath + ":" + (d.Location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture) + " " + d.GetMessage(CultureInfo.InvariantCulture)).OrderBy(f => f, System.StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public async Task A_group_that_adds_only_guards_to_duplications_reported_elsewhere_has_no_finding()
    {
        // The guards and the lookup of Retrieve and Delete: the lookup is reported with the labeling (Retrieve, List)
        // and with the applying (Delete, Unique); what is left is the guards, no finding on their own. Delete's copy of
        // the lookup-and-applying block, which lay inside the dropped block, is reported again.
        Assert.Equal(
            new[]
            {
                "/0/Delete.cs:16 This 7-line block (56 tokens) appears in 2 places; also in Unique.cs:7",
                "/0/List.cs:7 This 13-line block (107 tokens) appears in 2 places; also in Retrieve.cs:16",
                "/0/Retrieve.cs:16 This 13-line block (107 tokens) appears in 2 places; also in List.cs:7",
                "/0/Unique.cs:7 This 7-line block (56 tokens) appears in 2 places; also in Delete.cs:16",
            },
            await Findings(Guards));
    }

    [Fact]
    public async Task A_group_with_logic_of_its_own_beside_duplications_reported_elsewhere_keeps_its_finding()
    {
        // The same handlers opening with the same naming logic instead of guards: that logic is a duplication of its
        // own, so the prelude-and-lookup block is reported at Delete as before, naming Retrieve.
        var findings = await Findings(Naming);
        Assert.Contains(findings, f => f.StartsWith("/0/Delete.cs:7 ", System.StringComparison.Ordinal) && f.EndsWith("also in Retrieve.cs:7", System.StringComparison.Ordinal));
    }
}
