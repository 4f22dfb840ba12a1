using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// The group kinds look a simple name up where it stands instead of binding its statement only where both give the same
/// signature entry (<see cref="CloneNameLookup"/>). Every name of the sources below is asked both ways, each of a fresh
/// semantic model, and the entries must agree; the names whose meaning depends on more than the scope must be bound.
/// </summary>
public class CloneNameLookupTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using static System.Math;

        class Color { public static Color Red = new Color(); public int Shade; public static int Count; }
        class Options { public int Size { get; set; } public List<int> Items { get; } = new List<int>(); }
        class Base { protected int inherited; protected static int Shared; }

        class C : Base
        {
            Color Color = new Color();
            int total, count;
            long wide;
            readonly double[] values = new double[4];
            const int Limit = 10;
            enum Mode { Fast, Slow }
            int Size { get; set; }
            event EventHandler Changed;

            void Log(int value) { }
            void Log(long value) { }
            static int Twice(int x) => 2 * x;

            int Run(int parameter, ref long pointer, params object[] rest)
            {
                var local = parameter + total;
                int explicitLocal = local * Limit;
                total += local; count++; --count;
                wide = pointer + wide;
                values[count % values.Length] = Sqrt(values[0]) + PI;
                Log(total); Log(wide);
                Func<int, int> group = Twice;
                Action<int> handler = Log;
                var shade = Color.Shade + Color.Count;
                var options = new Options { Size = total, Items = { count, local } };
                var items = new List<int> { total, count, explicitLocal };
                var mode = total > Limit ? Mode.Fast : Mode.Slow;
                if (rest is object[] array && array.Length > count) { total = array.Length; }
                switch (mode) { case Mode.Fast: total = Limit; break; }
                foreach (var item in items) { total += item; }
                for (var i = 0; i < count; i++) { total -= i; }
                var squares = items.Select(n => n * n).Where(n => n > total).ToList();
                var query = from n in items where n > count select n + total;
                int Local(int step) => step + total + inherited;
                total = Local(count) + Shared + nameof(total).Length + Size;
                _ = Run(parameter: count, ref pointer);
                Changed += (s, e) => { };
                object boxed = total;
                var text = boxed as string;
                var asOptions = boxed as Options;
                var isText = boxed is string;
                var tuple = (total, count);
                (total, count) = tuple;
                var length = text?.Length ?? count;
                checked { total = total * count; }
                lock (values) { count = (int)wide; }
                return $"{total}{count}".Length + squares.Count + query.Count() + length;
            }
        }
        """;

    [Fact]
    public void Looked_up_names_get_the_entry_binding_gives()
    {
        var (compilation, identifiers) = Compile(Source, NullableContextOptions.Disable);

        var lookedUp = 0;
        foreach (var token in identifiers)
        {
            var (byLookup, usedLookup) = Entry(compilation, token, lookupAllowed: true);
            var (byBinding, _) = Entry(compilation, token, lookupAllowed: false);

            Assert.True(byLookup == byBinding, $"{token.ValueText} at {token.GetLocation().GetLineSpan().StartLinePosition}: {byLookup} by lookup, {byBinding} by binding");
            lookedUp += usedLookup ? 1 : 0;
        }

        Assert.True(lookedUp > 30, $"only {lookedUp} names were looked up");
    }

    [Theory]
    [InlineData("total += local; count++;", "total")]
    [InlineData("wide = pointer + wide;", "pointer")]
    [InlineData("values[count % values.Length] = Sqrt(values[0]) + PI;", "PI")]
    [InlineData("var mode = total > Limit ? Mode.Fast : Mode.Slow;", "Mode")]
    [InlineData("total = Local(count) + Shared + nameof(total).Length + Size;", "Shared")]
    [InlineData("total = Local(count) + Shared + nameof(total).Length + Size;", "Size")]
    [InlineData("lock (values) { count = (int)wide; }", "values")]
    public void A_name_read_as_a_value_is_looked_up(string statement, string name)
    {
        Assert.True(UsesLookup(statement, name));
    }

    [Theory]
    [InlineData("Log(total); Log(wide);", "Log")]
    [InlineData("Func<int, int> group = Twice;", "Twice")]
    [InlineData("Action<int> handler = Log;", "Log")]
    [InlineData("var shade = Color.Shade + Color.Count;", "Color")]
    [InlineData("var shade = Color.Shade + Color.Count;", "Shade")]
    [InlineData("var options = new Options { Size = total, Items = { count, local } };", "Size")]
    [InlineData("var options = new Options { Size = total, Items = { count, local } };", "Items")]
    [InlineData("var squares = items.Select(n => n * n).Where(n => n > total).ToList();", "total")]
    [InlineData("var query = from n in items where n > count select n + total;", "count")]
    [InlineData("int Local(int step) => step + total + inherited;", "inherited")]
    [InlineData("_ = Run(parameter: count, ref pointer);", "parameter")]
    [InlineData("var asOptions = boxed as Options;", "Options")]
    [InlineData("var length = text?.Length ?? count;", "Length")]
    [InlineData("switch (mode) { case Mode.Fast: total = Limit; break; }", "Fast")]
    public void A_name_whose_meaning_depends_on_more_than_its_scope_is_bound(string statement, string name)
    {
        Assert.False(UsesLookup(statement, name));
    }

    [Theory]
    [InlineData(NullableContextOptions.Enable, "")]
    [InlineData(NullableContextOptions.Warnings, "")]
    [InlineData(NullableContextOptions.Disable, "#nullable enable\n")]
    public void Where_nullable_analysis_can_run_every_name_is_bound(NullableContextOptions nullable, string directive)
    {
        var (compilation, _) = Compile(directive + Source, nullable);

        Assert.False(CloneNameLookup.IsAllowedIn(compilation.SyntaxTrees.Single(), compilation));
    }

    private static bool UsesLookup(string statement, string name)
    {
        var (compilation, identifiers) = Compile(Source, NullableContextOptions.Disable);
        var at = Source.Replace("\r\n", "\n", StringComparison.Ordinal).IndexOf(statement, StringComparison.Ordinal);
        Assert.True(at >= 0, "the statement must be in the source");
        var token = identifiers.First(t => t.SpanStart >= at && t.ValueText == name);
        return Entry(compilation, token, lookupAllowed: true).UsedLookup;
    }

    private static (string Entry, bool UsedLookup) Entry(CSharpCompilation compilation, SyntaxToken token, bool lookupAllowed)
    {
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var enclosing = CloneKindClassifier.EnclosingType(token.Parent, model, CancellationToken.None);
        var allowed = lookupAllowed && CloneNameLookup.IsAllowedIn(tree, compilation);
        var entry = CloneKindClassifier.EntryOf(token, model, enclosing, allowed, out var boundStatement, CancellationToken.None);
        return (entry, !boundStatement);
    }

    /// <summary>The compilation and the identifiers of every method body, as the classifier collects a copy's names.</summary>
    private static (CSharpCompilation Compilation, List<SyntaxToken> Identifiers) Compile(string source, NullableContextOptions nullable)
    {
        var compilation = AnalyzerDriver.Compile(source);
        compilation = compilation.WithOptions(compilation.Options.WithNullableContextOptions(nullable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var identifiers = compilation.SyntaxTrees.Single().GetRoot().DescendantNodes().OfType<BaseMethodDeclarationSyntax>()
            .Where(m => m.Body is not null)
            .SelectMany(m => m.Body!.DescendantTokens())
            .Where(t => t.IsKind(SyntaxKind.IdentifierToken))
            .ToList();
        return (compilation, identifiers);
    }
}
