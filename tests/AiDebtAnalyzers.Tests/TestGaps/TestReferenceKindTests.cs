using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.TestGaps;
using AiDebtAnalyzers.Tests.Quality;

namespace AiDebtAnalyzers.Tests.TestGaps;

/// <summary>
/// Every kind of test reference in the table of docs/rules/AID301.md (<see cref="TestReferenceKinds"/>), each with a test
/// that counts (the API is not reported) and one that does not (the API is reported).
/// </summary>
public class TestReferenceKindTests
{
    public static readonly TheoryData<string, string, string, string, string> Cases = new()
    {
        {
            TestReferenceKinds.TypeName, "T:Shop.IMarker",
            "namespace Shop { public interface IMarker { } public static class Markers { public static bool Has(object o) => o is IMarker; } }",
            "class T { void M(Shop.IMarker marker) { } }",
            "class T { }"
        },
        {
            TestReferenceKinds.TypeName, "T:Shop.Ledger",
            "namespace Shop { public class Ledger { private int balance; } }",
            "public class LedgerTests { }",
            "public class LedgerHelper { }"
        },
        {
            TestReferenceKinds.Creation, "M:Shop.Cart.#ctor(System.Int32)",
            "namespace Shop { public class Cart { public Cart(int size) { } public void Add() { } } }",
            "class T { void M() { new Shop.Cart(1).Add(); } }",
            "class T { void M(Shop.Cart cart) { cart.Add(); } }"
        },
        {
            // A generic attribute keeps its arity: [Service<int>] creates ServiceAttribute<TService>, [Service] another type.
            TestReferenceKinds.Creation, "M:Shop.ServiceAttribute`1.#ctor",
            "namespace Shop { [System.AttributeUsage(System.AttributeTargets.Class)] public sealed class ServiceAttribute<TService> : System.Attribute { public ServiceAttribute() { System.Console.WriteLine(typeof(TService)); } } }",
            "[Shop.Service<int>] class T { }",
            "[Shop.Service] class T { }"
        },
        {
            TestReferenceKinds.Creation, "M:Shop.Base.#ctor",
            "namespace Shop { public abstract class Base { protected Base() { } public void Run() { } } public sealed class Leaf : Base { } }",
            "class T { void M() => new Shop.Leaf().Run(); }",
            "class T { void M(Shop.Leaf leaf) { } }"
        },
        {
            TestReferenceKinds.ReceivedInstance, "M:Shop.ShopException.#ctor(System.String)",
            "namespace Shop { public class ShopException : System.Exception { public ShopException(string message) : base(\"Shop: \" + message) { } } }",
            "class T { void M() { try { } catch (Shop.ShopException) { } } }",
            "class T { string M() => nameof(Shop.ShopException); }"
        },
        {
            TestReferenceKinds.ReceivedInstance, "M:Shop.ShopException.#ctor(System.String)",
            "namespace Shop { public class ShopException : System.Exception { public ShopException(string message) : base(\"Shop: \" + message) { } } }",
            "class T { void M() { Assert.Throws<Shop.ShopException>(() => Run()); } }",
            "class T { void M() { Assert.Throws<System.Exception>(() => Run(nameof(Shop.ShopException))); } }"
        },
        {
            TestReferenceKinds.ReceivedInstance, "M:Shop.Shape.#ctor",
            "namespace Shop { public class Shape { public Shape() { System.Console.WriteLine(); } } public static class Shapes { public static object Make() => new Shape(); } }",
            "class T { void M() { if (Shop.Shapes.Make() is Shop.Shape s) { } var t = Shop.Shapes.Make() as Shop.Shape; var u = (Shop.Shape)Shop.Shapes.Make(); } }",
            "class T { void M() { Shop.Shape s = null; } }"
        },
        {
            TestReferenceKinds.ReceivedInstance, "M:Shop.RoundingConverter.#ctor",
            "namespace Shop { public class RoundingConverter { public RoundingConverter() { System.Console.WriteLine(); } } }",
            "class T { [Convert(typeof(Shop.RoundingConverter))] public decimal Price; }",
            "class T { Shop.RoundingConverter converter; }"
        },
        {
            TestReferenceKinds.ReceivedInstance, "M:Shop.LevelChangedEventArgs.#ctor(System.Int32)",
            "namespace Shop { public sealed class LevelChangedEventArgs : System.EventArgs { public LevelChangedEventArgs(int level) { Level = level; } public int Level { get; } public bool IsHigh => Level > 3; } public class Switch { public event System.EventHandler<LevelChangedEventArgs> Changed; public void Raise() => Changed?.Invoke(this, new LevelChangedEventArgs(1)); } }",
            "class T { void M(Shop.Switch s) { s.Changed += (o, e) => _ = e.Level; s.Raise(); } }",
            "class T { void M(Shop.Switch s) { } }"
        },
        {
            TestReferenceKinds.MemberName, "M:Shop.Cart.Clear",
            "namespace Shop { public class Cart { public void Add() { } public void Clear() { } } }",
            "class T { void M() { var cart = new Shop.Cart(); cart.Clear(); } }",
            "class T { void M() { var cart = new Shop.Cart(); cart.Add(); } }"
        },
        {
            TestReferenceKinds.MemberName, "M:Shop.Positive.Check(System.Int32)",
            "namespace Shop { public abstract class Rule { public abstract bool Check(int x); } public sealed class Positive : Rule { public override bool Check(int x) => x > 0; } }",
            "class T { void M() { Shop.Rule rule = new Shop.Positive(); rule.Check(1); } }",
            "class T { void M() { Shop.Rule rule = new Shop.Positive(); } }"
        },
        {
            TestReferenceKinds.NamedAttributeArgument, "P:Shop.ColumnAttribute.Order",
            "namespace Shop { public sealed class ColumnAttribute : System.Attribute { private int order; public int Order { get => order; set => order = System.Math.Max(0, value); } public string Title { get => string.Empty; set { } } } }",
            "class T { [Shop.Column(Order = 1)] public int X; }",
            "class T { [Shop.Column(Title = \"x\")] public int X; }"
        },
        {
            TestReferenceKinds.ConstructorArgument, "P:Shop.NameAttribute.Name",
            "namespace Shop { public sealed class NameAttribute : System.Attribute { private readonly string name; public NameAttribute(string name) { this.name = name; } public string Name => name + \"!\"; } }",
            "[Shop.Name(\"x\")] class T { }",
            "class T { System.Type M() => typeof(Shop.NameAttribute); }"
        },
        {
            TestReferenceKinds.OverrideInTest, "M:Shop.Converter.CanConvert(System.Type)",
            "namespace Shop { public abstract class Converter { public abstract bool CanConvert(System.Type type); public void Run() { } } internal sealed class ClassConverter : Converter { public override bool CanConvert(System.Type type) => type.IsPublic && type.IsClass; } }",
            "class Mine : Shop.Converter { public override bool CanConvert(System.Type type) => false; void M() => Run(); }",
            "class Mine : Shop.Converter { public bool Accepts(System.Type type) => false; void M() => Run(); }"
        },
        {
            TestReferenceKinds.SubclassInTest, "M:Shop.IResolver.IsKnown(System.String)",
            "namespace Shop { public interface IResolver { bool IsKnown(string id); } internal sealed class PrefixResolver : IResolver { public bool IsKnown(string id) => id.Length > 1 && id[0] == 'a'; } public static class Registry { public static void Use(IResolver resolver) { } } }",
            "class Fake : Shop.IResolver { public bool IsKnown(string id) => true; void M() => Shop.Registry.Use(this); }",
            "class Fake { public bool IsKnown(string id) => true; void M(Shop.IResolver resolver) => Shop.Registry.Use(resolver); }"
        },
        {
            TestReferenceKinds.SubclassInTest, "P:Shop.Writer.Depth",
            "namespace Shop { public abstract class Writer { protected int Depth => System.Environment.ProcessorCount % 7; public abstract void Write(); } }",
            "class Mine : Shop.Writer { public override void Write() { _ = Depth * 2; } }",
            "class Other { int Depth = 2; int M() => Depth; } class T { void M(Shop.Writer writer) { } }"
        },
        {
            TestReferenceKinds.InheritedMember, "P:Shop.Converter.CanRead",
            "namespace Shop { public class Converter { public virtual bool CanRead => Open(); private bool Open() => true; } public sealed class DateConverter : Converter { } }",
            "class T { bool M() { var converter = new Shop.DateConverter(); return converter.CanRead; } }",
            "class T { bool M(System.IO.Stream stream) => stream.CanRead; }"
        },
        {
            TestReferenceKinds.ProtectedMember, "M:Shop.IndentedWriter.WriteIndent",
            "namespace Shop { public class Writer { public void Write() => WriteIndent(); protected virtual void WriteIndent() { } } public class IndentedWriter : Writer { protected override void WriteIndent() { } } }",
            "class T { void M() => new Shop.IndentedWriter().Write(); }",
            "class T { void M(Shop.IndentedWriter writer) => writer.Write(); }"
        },
        {
            TestReferenceKinds.ProtectedMember, "M:Shop.Writer.WriteIndent",
            "namespace Shop { public abstract class Writer { public void Write() => WriteIndent(); protected abstract void WriteIndent(); } public sealed class IndentedWriter : Writer { private int depth; protected override void WriteIndent() { depth++; } } }",
            "class T { void M() => new Shop.IndentedWriter().Write(); }",
            "class T { void M(Shop.IndentedWriter writer) { } }"
        },
        {
            TestReferenceKinds.ProtectedMember, "M:Shop.Reader.OnBeforeGrid",
            "namespace Shop { public class Reader { public int Read() => OnBeforeGrid(); public void Skip() { } protected int OnBeforeGrid() => System.Environment.ProcessorCount % 7; } public static class Db { public static Reader Open() => new Reader(); } }",
            "class T { int M() => Shop.Db.Open().Read(); }",
            "class T { void M() => Shop.Db.Open(); }"
        },
        {
            TestReferenceKinds.EventRaiser, "M:Shop.Cart.OnChanged",
            "namespace Shop { public class Cart { public event System.EventHandler Changed; public void OnChanged() => Changed?.Invoke(this, System.EventArgs.Empty); public void Add() { } } }",
            "class T { void M(Shop.Cart cart) { cart.Changed += (s, e) => { }; cart.Add(); } }",
            "class T { void M(Shop.Cart cart) { cart.Add(); } }"
        },
        {
            TestReferenceKinds.AttributeNamedMember, "M:Shop.Money.Describe",
            "namespace Shop.Hosting { public sealed class ProviderAttribute : System.Attribute { public ProviderAttribute(string method) { } } public static class Exporter { public static string Export<T>() => string.Empty; } } namespace Shop { [Shop.Hosting.Provider(nameof(Describe))] public class Money { public static string Describe() => \"money\".Trim(); public decimal Amount => 0; } }",
            "class T { string M() => Shop.Hosting.Exporter.Export<Shop.Money>(); }",
            "class T { decimal M() => new Shop.Money().Amount; }"
        },
        {
            TestReferenceKinds.ExtensionMethod, "M:Shop.Numbers.Twice(System.Int32)",
            "namespace Shop { public static class Numbers { public static int Twice(this int x) => x * 2; public static int Thrice(this int x) => x * 3; } }",
            "class T { int M() => 1.Twice(); }",
            "class T { int M() => 1.Thrice(); }"
        },
        {
            TestReferenceKinds.Indexer, "P:Shop.Grid.Item(System.Int32)",
            "namespace Shop { public class Grid { public int this[int i] => i; public void Clear() { } } }",
            "class T { int M() { var grid = new Shop.Grid(); return grid[0]; } }",
            "class T { void M() { var grid = new Shop.Grid(); grid.Clear(); } }"
        },
        {
            TestReferenceKinds.Operator, "M:Shop.Money.op_Addition(Shop.Money,Shop.Money)",
            "namespace Shop { public readonly struct Money { public static Money operator +(Money a, Money b) => a; public void Round() { } } }",
            "class T { void M() { Shop.Money a = default; _ = a + a; } }",
            "class T { void M() { Shop.Money a = default; a.Round(); } }"
        },
        {
            // An operator that only compares CompareTo's answer with zero counts once CompareTo runs; when it does not, the
            // operator is listed in CompareTo's finding.
            TestReferenceKinds.CompanionOperator, "M:Shop.Position.op_GreaterThanOrEqual(Shop.Position,Shop.Position)",
            "namespace Shop { public readonly struct Position { public Position(int line, int column) { Line = line; Column = column; } public int Line { get; } public int Column { get; } public int CompareTo(Position other) { var lines = Line.CompareTo(other.Line); return lines != 0 ? lines : Column.CompareTo(other.Column); } public static bool operator >=(Position left, Position right) => left.CompareTo(right) >= 0; public Position Next() => new Position(Line, Column + 1); } }",
            "class T { int M() => new Shop.Position(1, 2).CompareTo(new Shop.Position(1, 3)); }",
            "class T { object M() => new Shop.Position(1, 2).Next(); }"
        },
        {
            TestReferenceKinds.Conversion, "M:Shop.Money.op_Implicit(Shop.Money)~System.Decimal",
            "namespace Shop { public readonly struct Money { public static implicit operator decimal(Money m) => 0; } }",
            "class T { decimal M(Shop.Money money) => money; }",
            "class T { }"
        },
        {
            // The compiler builds the library's handler for a $"..." handed to a parameter of its type: the constructor
            // and, hole by hole, the overload the hole binds to ({count,4} the generic one, {name.AsSpan(),4} the span one).
            TestReferenceKinds.InterpolatedStringHandler, "M:Shop.LineHandler.AppendFormatted``1(``0,System.Int32)",
            "namespace Shop { [System.Runtime.CompilerServices.InterpolatedStringHandler] public ref struct LineHandler { private readonly System.Text.StringBuilder builder; public LineHandler(int literalLength, int formattedCount, Log log) { builder = log.Start(literalLength); } public void AppendLiteral(string value) { if (value.Length > 0) builder.Append(value); } public void AppendFormatted<T>(T value, int alignment) { if (alignment > 0) builder.Append(value?.ToString()?.PadLeft(alignment)); } public void AppendFormatted(System.ReadOnlySpan<char> value, int alignment) { if (alignment > 0) builder.Append(value.ToString().PadLeft(alignment)); } } public sealed class Log { private readonly System.Text.StringBuilder text = new System.Text.StringBuilder(); internal System.Text.StringBuilder Start(int length) => text.EnsureCapacity(length) > 0 ? text : text; public string Write([System.Runtime.CompilerServices.InterpolatedStringHandlerArgument(\"\")] ref LineHandler handler) => text.ToString(); } }",
            "class T { string M(Shop.Log log, int count) => log.Write($\"{count,4}\"); }",
            "using System; class T { string M(Shop.Log log, string name) => log.Write($\"{name.AsSpan(),4}\"); }"
        },
        {
            TestReferenceKinds.InterpolatedStringHandler, "M:Shop.LineHandler.AppendFormatted(System.ReadOnlySpan{System.Char},System.Int32)",
            "namespace Shop { [System.Runtime.CompilerServices.InterpolatedStringHandler] public ref struct LineHandler { private readonly System.Text.StringBuilder builder; public LineHandler(int literalLength, int formattedCount, Log log) { builder = log.Start(literalLength); } public void AppendLiteral(string value) { if (value.Length > 0) builder.Append(value); } public void AppendFormatted<T>(T value, int alignment) { if (alignment > 0) builder.Append(value?.ToString()?.PadLeft(alignment)); } public void AppendFormatted(System.ReadOnlySpan<char> value, int alignment) { if (alignment > 0) builder.Append(value.ToString().PadLeft(alignment)); } } public sealed class Log { private readonly System.Text.StringBuilder text = new System.Text.StringBuilder(); internal System.Text.StringBuilder Start(int length) => text.EnsureCapacity(length) > 0 ? text : text; public string Write([System.Runtime.CompilerServices.InterpolatedStringHandlerArgument(\"\")] ref LineHandler handler) => text.ToString(); } }",
            "using System; class T { string M(Shop.Log log, string name) => log.Write($\"{name.AsSpan(),4}\"); }",
            "class T { string M(Shop.Log log, int count) => log.Write($\"{count,4}\"); }"
        },
        {
            TestReferenceKinds.InterpolatedStringHandler, "M:Shop.LineHandler.AppendLiteral(System.String)",
            "namespace Shop { [System.Runtime.CompilerServices.InterpolatedStringHandler] public ref struct LineHandler { private readonly System.Text.StringBuilder builder; public LineHandler(int literalLength, int formattedCount, Log log) { builder = log.Start(literalLength); } public void AppendLiteral(string value) { if (value.Length > 0) builder.Append(value); } public void AppendFormatted<T>(T value, int alignment) { if (alignment > 0) builder.Append(value?.ToString()?.PadLeft(alignment)); } public void AppendFormatted(System.ReadOnlySpan<char> value, int alignment) { if (alignment > 0) builder.Append(value.ToString().PadLeft(alignment)); } } public sealed class Log { private readonly System.Text.StringBuilder text = new System.Text.StringBuilder(); internal System.Text.StringBuilder Start(int length) => text.EnsureCapacity(length) > 0 ? text : text; public string Write([System.Runtime.CompilerServices.InterpolatedStringHandlerArgument(\"\")] ref LineHandler handler) => text.ToString(); } }",
            "class T { string M(Shop.Log log, int count) => log.Write($\"n = {count,4}\"); }",
            "class T { string M(Shop.Log log, int count) => log.Write($\"{count,4}\"); }"
        },
        {
            // An interpolated string handed to a member that takes no handler is a string: nothing builds the handler.
            TestReferenceKinds.InterpolatedStringHandler, "M:Shop.LineHandler.#ctor(System.Int32,System.Int32,Shop.Log)",
            "namespace Shop { [System.Runtime.CompilerServices.InterpolatedStringHandler] public ref struct LineHandler { private readonly System.Text.StringBuilder builder; public LineHandler(int literalLength, int formattedCount, Log log) { builder = log.Start(literalLength); } public void AppendLiteral(string value) { if (value.Length > 0) builder.Append(value); } public void AppendFormatted<T>(T value, int alignment) { if (alignment > 0) builder.Append(value?.ToString()?.PadLeft(alignment)); } public void AppendFormatted(System.ReadOnlySpan<char> value, int alignment) { if (alignment > 0) builder.Append(value.ToString().PadLeft(alignment)); } } public sealed class Log { private readonly System.Text.StringBuilder text = new System.Text.StringBuilder(); internal System.Text.StringBuilder Start(int length) => text.EnsureCapacity(length) > 0 ? text : text; public string Write([System.Runtime.CompilerServices.InterpolatedStringHandlerArgument(\"\")] ref LineHandler handler) => text.ToString(); } }",
            "class T { string M(Shop.Log log, int count) => log.Write($\"{count,4}\"); }",
            "class T { string M(Shop.Log log, int count) => string.Concat(log.ToString(), $\"{count,4}\"); }"
        },
        {
            TestReferenceKinds.PatternMethod, "M:Shop.Session.Dispose",
            "namespace Shop { public sealed class Session : System.IDisposable { public void Dispose() { } public void Open() { } } }",
            "class T { void M() { using var session = new Shop.Session(); session.Open(); } }",
            "class T { void M() { var session = new Shop.Session(); session.Open(); } }"
        },
        {
            TestReferenceKinds.PatternMethod, "M:Shop.Bag.GetMetaObject(System.Object)",
            "namespace Shop { public class Bag { public object GetMetaObject(object parameter) => parameter; public int Count => System.Environment.ProcessorCount % 7; } }",
            "class T { object M() { dynamic bag = new Shop.Bag(); return bag.Anything; } }",
            "class T { int M() => new Shop.Bag().Count; }"
        },
        {
            TestReferenceKinds.ReachedType, "M:Shop.Cart.Add",
            "namespace Shop { public class Factory { public static Cart Create() => new Cart(); } public class Cart { internal Cart() { } public void Add() { } } }",
            "class T { void M() { var cart = Shop.Factory.Create(); cart.Add(); } }",
            "class T { void M(dynamic factory) { var cart = factory.Build(); cart.Add(); } }"
        },
        {
            TestReferenceKinds.CoveredByType, "P:Shop.Line.Price",
            "namespace Shop { public sealed record Line(string Sku, int Quantity) { public decimal Price { get; init; } public decimal Total => Quantity * Price; } }",
            "class T { decimal M() => new Shop.Line(\"a\", 1).Total; }",
            "class T { }"
        },
        {
            TestReferenceKinds.CoveredByType, "M:Shop.Invoice.#ctor(System.String)",
            "namespace Shop { public sealed record Invoice(string Number) { public bool IsDraft => Number.StartsWith(\"D\"); } public static class Invoices { public static Invoice Issue() => new Invoice(\"1\"); } }",
            "class T { string M() => Shop.Invoices.Issue().Number; }",
            "class T { }"
        },
        {
            TestReferenceKinds.CoveredByType, "F:Shop.Size.BitsInByte",
            "namespace Shop { public readonly struct Size { public const long BitsInByte = 8; public long Bits(long bytes) => bytes * BitsInByte; } }",
            "class T { long M() => new Shop.Size().Bits(2); }",
            "class T { }"
        },
        {
            // A copy-with setter: the constructor does the work, the short cut for an unchanged value aside.
            TestReferenceKinds.CoveredByType, "M:Shop.Options.WithLimit(System.Nullable{System.Int32})",
            "namespace Shop { public sealed class Options { public Options(int? limit, bool ordered) { Limit = limit is null or > 0 ? limit : throw new System.ArgumentOutOfRangeException(nameof(limit)); Ordered = ordered; } public int? Limit { get; } public bool Ordered { get; } public Options WithLimit(int? value) => value == Limit ? this : new Options(value, Ordered); public bool Fits(int count) => Limit is null || count <= Limit; } }",
            "class T { bool M() => new Shop.Options(1, false).Fits(2); }",
            "class T { }"
        },
        {
            TestReferenceKinds.CoveredByType, "M:Shop.Range.WithEnd(System.Int32)",
            "namespace Shop { public sealed record Range(int Start, int End) { public Range WithEnd(int end) => this with { End = end }; public int Length() => End - Start; } }",
            "class T { int M() => new Shop.Range(1, 2).Length(); }",
            "class T { }"
        },
        {
            TestReferenceKinds.CoveredByType, "M:Shop.Bag.Add(System.Int32)",
            "namespace Shop { public class Bag { private readonly System.Collections.Generic.List<int> items = new(); public void Add(int item) => items.Add(item); public int Sum() { var sum = 0; foreach (var i in items) { sum += i; } return sum; } } }",
            "class T { int M() => new Shop.Bag().Sum(); }",
            "class T { }"
        },
        {
            TestReferenceKinds.LibraryCall, "M:Shop.Processor.#ctor(System.String)",
            "namespace Shop { public class Processor { public Processor(string text) { Setup(text); } private Processor() { } public string Text { get; private set; } public static string Parse(string text) => Rent(text).Text; internal static Processor Rent(string text) { var processor = new Processor(); processor.Setup(text); return processor; } private void Setup(string text) { Text = text.Trim(); } } }",
            "class T { string M() => Shop.Processor.Parse(\"a\"); }",
            "class T { string M(Shop.Processor processor) => processor.Text; }"
        },
        {
            TestReferenceKinds.LibraryCall, "M:Shop.Cart.Normalize",
            "namespace Shop { public class Cart { public void Add() => Normalize(); public void Normalize() { } } }",
            "class T { void M() => new Shop.Cart().Add(); }",
            "class T { void M() { var cart = new Shop.Cart(); } }"
        },
        {
            TestReferenceKinds.LibraryCall, "M:Shop.Text.Pad(System.String,System.Int32)",
            "namespace Shop { public static class Text { public static string Padded(this string s) => Format(s); private static string Format(string s) => s.Pad(2); public static string Pad(this string s, int width) => s; } }",
            "class T { string M() => \"a\".Padded(); }",
            "class T { string M() => nameof(Shop.Text); }"
        },
        {
            TestReferenceKinds.LibraryCall, "M:Shop.Audit.Run",
            "namespace Shop { public interface IStep { void Run(); } public sealed class Audit : IStep { public void Run() { } } public static class Pipeline { public static void Execute(IStep step) => step.Run(); public static IStep Default() => new Audit(); } }",
            "class T { void M() => Shop.Pipeline.Execute(Shop.Pipeline.Default()); }",
            "class T { void M() => Shop.Pipeline.Execute(null); }"
        },
        {
            TestReferenceKinds.LibraryCall, "P:Shop.IRule.Target",
            "namespace Shop { public interface IRule { System.Type Target { get; } } internal class Rule : IRule { public System.Type Target => typeof(int).BaseType; public string Describe() => Target.Name; } public static class Rules { public static string Describe() => new Rule().Describe(); public static object Make() => new Rule(); } }",
            "class T { string M() => Shop.Rules.Describe(); }",
            "class T { object M() => Shop.Rules.Make(); }"
        },
        {
            TestReferenceKinds.LibraryCall, "M:Shop.Filter.Apply(System.Func{System.Int32,System.Boolean})",
            "namespace Shop { public class Filter { public int[] Keep(int[] items) => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Where(items, x => Apply(y => y > 0))); public bool Apply(System.Func<int, bool> predicate) => predicate(1); } }",
            "class T { int[] M() => new Shop.Filter().Keep(new[] { 1 }); }",
            "class T { object M() => new Shop.Filter(); }"
        },
        {
            TestReferenceKinds.LibraryCall, "M:Shop.XmlFormat.Write",
            "namespace Shop { public interface IFormat { void Write(); } public sealed class XmlFormat : IFormat { public void Write() { } } public class Config { public void Use<T>() where T : IFormat, new() => Run(new T()); public void Run(IFormat format) => format.Write(); public void UseXml() => Use<XmlFormat>(); } }",
            "class T { void M() => new Shop.Config().UseXml(); }",
            "class T { void M() => new Shop.Config().Run(null); }"
        },
        {
            TestReferenceKinds.LibraryCall, "M:Shop.Config.Use(System.Func{Shop.IFormat})",
            "namespace Shop { public interface IFormat { } public sealed class XmlFormat : IFormat { } public class Config { public Config Use(System.Func<IFormat> factory) { _ = factory(); return this; } public Config Use<T>() where T : class, IFormat, new() => Use(() => new T()); public void Defaults() => Use<XmlFormat>(); } }",
            "class T { void M() => new Shop.Config().Defaults(); }",
            "class T { object M() => new Shop.Config(); }"
        },
        {
            TestReferenceKinds.ReflectionFactory, "M:Shop.Audit.Run",
            "namespace Shop { public interface IStep { void Run(); } public sealed class Audit : IStep { public void Run() { } } public static class Pipeline { public static T Resolve<T>() => (T)System.Activator.CreateInstance(typeof(T)); public static void Register<T>() { } public static void Execute(IStep step) => step.Run(); public static void Start() => Execute(Resolve<Audit>()); public static void Prepare() { Register<Audit>(); Execute(null); } } }",
            "class T { void M() => Shop.Pipeline.Start(); }",
            "class T { void M() => Shop.Pipeline.Prepare(); }"
        },
        {
            TestReferenceKinds.ReflectionFactory, "M:Shop.Audit.Run",
            "namespace Shop { public interface IStep { void Run(); } public sealed class Audit : IStep { public void Run() { } } public static class Pipeline { public static object Make(System.Type type) => System.Activator.CreateInstance(type); public static string Describe(System.Type type) => type.Name; public static void Execute(IStep step) => step.Run(); public static void Start() => Execute((IStep)Make(typeof(Audit))); public static void Prepare() { Describe(typeof(Audit)); Execute(null); } } }",
            "class T { void M() => Shop.Pipeline.Start(); }",
            "class T { void M() => Shop.Pipeline.Prepare(); }"
        },
        {
            TestReferenceKinds.ReflectionWalk, "P:Shop.In.Two.Weeks",
            "namespace Shop { public static class In { public static class Two { public static int Days => 2; public static int Weeks => 14; } } }",
            "class T { void M() { foreach (var nested in typeof(Shop.In).GetNestedTypes()) foreach (var p in nested.GetProperties()) p.GetValue(null); } }",
            "class T { void M() { foreach (var nested in typeof(Shop.In).GetNestedTypes()) foreach (var p in nested.GetProperties()) _ = p.Name; } }"
        },
        {
            TestReferenceKinds.ReflectionWalk, "M:Shop.Calc.Double(System.Int32)",
            "namespace Shop { public static class Calc { public static int Double(int x) => x * 2; } public static class Other { public static int Same(int x) => x; } }",
            "class T { void M() { foreach (var m in typeof(Shop.Calc).GetMethods()) m.Invoke(null, new object[] { 1 }); } }",
            "class T { void M() { foreach (var t in typeof(Shop.Other).Assembly.GetTypes()) foreach (var m in t.GetMethods()) m.Invoke(null, new object[] { 1 }); } }"
        },
        {
            TestReferenceKinds.MarkerInterface, "T:Shop.IIncluded",
            "namespace Shop { public interface IIncluded { } public sealed class IncludeRule : IIncluded { public void Run() { } } }",
            "class T { void M() => new Shop.IncludeRule().Run(); }",
            "class T { }"
        },
        {
            TestReferenceKinds.MarkerInterface, "T:Shop.IIncluded",
            "namespace Shop { public interface IIncluded { } public static class Selector { public static bool IsIncluded(object rule) => rule is IIncluded; } }",
            "class T { bool M() => Shop.Selector.IsIncluded(1); }",
            "class T { }"
        },
        {
            TestReferenceKinds.MarkerInterface, "T:Shop.Populate",
            "namespace Shop { public sealed class Populate : System.Collections.Generic.List<int> { } public static class Builder { public static object Make() => new Populate(); public static void Skip() { } } }",
            "class T { object M() => Shop.Builder.Make(); }",
            "class T { void M() => Shop.Builder.Skip(); }"
        },
        {
            TestReferenceKinds.Registration, "M:Shop.SystemClock.Now",
            "namespace Shop { public interface IClock { int Now(); } public sealed class SystemClock : IClock { public int Now() => System.Environment.TickCount % 1000; } public class Container { public Container Register<TService, TImplementation>() where TImplementation : TService => this; public Container Pair<TFirst, TSecond>() => this; } public static class Setup { public static Container Build() => new Container().Register<IClock, SystemClock>(); public static Container Describe() => new Container().Pair<IClock, SystemClock>(); public static int Time(IClock clock) => clock.Now(); } }",
            "class T { int M() { Shop.Setup.Build(); return Shop.Setup.Time(null); } }",
            "class T { int M() { Shop.Setup.Describe(); return Shop.Setup.Time(null); } }"
        },
        {
            // The container's type belongs to a reference the compilation lacks (a scan without the project's references):
            // RegisterType<IClock, SystemClock>() does not resolve, and SystemClock implementing IClock is the registration's
            // shape; a call whose last type argument implements none of the others registers nothing.
            TestReferenceKinds.Registration, "M:Shop.SystemClock.Now",
            "namespace Shop { public interface IClock { int Now(); } public sealed class SystemClock : IClock { public int Now() => System.Environment.TickCount % 1000; } public static class Setup { public static void Build(Missing.Container c) => c.RegisterType<IClock, SystemClock>(); public static void Describe(Missing.Container c) => c.Describe<string, SystemClock>(); public static int Time(IClock clock) => clock.Now(); } }",
            "class T { int M() { Shop.Setup.Build(null); return Shop.Setup.Time(null); } }",
            "class T { int M() { Shop.Setup.Describe(null); return Shop.Setup.Time(null); } }"
        },
        {
            TestReferenceKinds.FrameworkCallback, "M:Shop.ByLength.Compare(System.String,System.String)",
            "namespace Shop { public sealed class ByLength : System.Collections.Generic.IComparer<string> { public int Compare(string x, string y) => x.Length - y.Length; } public static class Sorter { public static void Sort(string[] items) => System.Array.Sort(items, new ByLength()); public static void Keep(string[] items) { } } }",
            "class T { void M() => Shop.Sorter.Sort(new[] { \"a\" }); }",
            "class T { void M() => Shop.Sorter.Keep(new[] { \"a\" }); }"
        },
        {
            TestReferenceKinds.LambdaParameter, "P:Shop.Options.Retries",
            "namespace Shop { public sealed class Options { private int retries; internal Options() { } public int Retries { get => retries; set => retries = value < 0 ? 0 : value; } } public static class Client { public static void Configure(System.Action<Options> configure) { } } }",
            "class T { void M() => Shop.Client.Configure(o => o.Retries = 3); }",
            "class T { void M(dynamic o) { _ = typeof(Shop.Client); o.Retries = 3; } }"
        },
        {
            TestReferenceKinds.ScriptName, "M:Shop.StringFunctions.ToLong(System.String)",
            "namespace Shop { public class StringFunctions { public static long ToLong(string s) => s.Length > 9 ? 0 : long.Parse(s); public static string Downcase(string s) => s.ToLowerInvariant(); } public static class Template { public static int Render(string text) { var functions = new StringFunctions(); return functions.GetType().GetMethods().Length + text.Length; } } }",
            "class T { int M() => Shop.Template.Render(\"{{ '7' | string.to_long }}\"); }",
            "class T { int M() => Shop.Template.Render(\"{{ '7' | to_long }} {{ 'A' | string.downcase }}\"); }"
        },
        {
            TestReferenceKinds.ScriptName, "M:Shop.StringFunctions.Downcase(System.String)",
            "namespace Shop { public class StringFunctions { public static long ToLong(string s) => s.Length > 9 ? 0 : long.Parse(s); public static string Downcase(string s) => s.ToLowerInvariant(); } public static class Template { public static int Render(string text) { var functions = new StringFunctions(); return functions.GetType().GetMethods().Length + text.Length; } } }",
            "class T { int M(int n) => Shop.Template.Render($\"{{{{ x | string.Downcase }}}} {n}\"); }",
            "class T { int M() => Shop.Template.Render(\"{{ x | text.downcase }}\"); }"
        },
        {
            // A forward of its parameters and fixed values (an enum member) to a member the tests run, after an argument
            // guard: the target does the work.
            TestReferenceKinds.LibraryCall, "M:Shop.CursorExtensions.MoveUp(Shop.ICursor,System.Int32)",
            "namespace Shop { public enum Direction { Up, Down } public interface ICursor { void Move(Direction direction, int steps); } public class Cursor : ICursor { public int Row { get; private set; } public void Move(Direction direction, int steps) => Row += direction == Direction.Up ? -steps : steps; } public static class CursorExtensions { public static void MoveUp(this ICursor cursor, int steps) { System.ArgumentNullException.ThrowIfNull(cursor); cursor.Move(Direction.Up, steps); } } }",
            "class T { int M() { var c = new Shop.Cursor(); c.Move(Shop.Direction.Down, 2); return c.Row; } }",
            "class T { int M() => new Shop.Cursor().Row; }"
        },
        {
            // A chain of tested parts: a link the tests call themselves to compose other members (q.Or().Where(...)), then a
            // member they run. Without a test that calls Or(), OrWhere is the only way to that setting.
            TestReferenceKinds.LibraryCall, "M:Shop.Query.OrWhere(System.String)",
            "namespace Shop { public class Query { private bool or; private bool not; private readonly System.Collections.Generic.List<string> parts = new(); public Query Or() { or = true; return this; } public Query Not() { not = true; return this; } public Query Where(string column) { parts.Add((or ? \"OR \" : \"AND \") + (not ? \"NOT \" : \"\") + column); or = false; not = false; return this; } public int Count => parts.Count; public Query OrWhere(string column) => Or().Where(column); } }",
            "class T { int M() => new Shop.Query().Where(\"a\").Or().Where(\"b\").Count; }",
            "class T { int M() => new Shop.Query().Where(\"a\").Count; }"
        },
        {
            // A link the tests never call themselves selects a path of its target only this member takes (the NOT branch),
            // even when library code the tests run calls it (Exclude); once a test composes Not() itself, the chain counts.
            TestReferenceKinds.LibraryCall, "M:Shop.Query.WhereNot(System.String)",
            "namespace Shop { public class Query { private bool or; private bool not; private readonly System.Collections.Generic.List<string> parts = new(); public Query Or() { or = true; return this; } public Query Not() { not = true; return this; } public Query Where(string column) { parts.Add((or ? \"OR \" : \"AND \") + (not ? \"NOT \" : \"\") + column); or = false; not = false; return this; } public int Count => parts.Count; public Query WhereNot(string column) => Not().Where(column); public Query Exclude(string column) { Not(); return Where(column); } } }",
            "class T { int M() => new Shop.Query().Not().Where(\"a\").Count; }",
            "class T { int M() => new Shop.Query().Exclude(\"a\").Count; }"
        },
        {
            // The rest of a chain spelt out by a sibling (OrWhereNot is Or() and then WhereNot's body) runs when that
            // sibling runs; with the sibling untested it does not (and joins the sibling's finding: see
            // UntestedPublicApiAnalyzerTests).
            TestReferenceKinds.LibraryCall, "M:Shop.Query.OrWhereNot(System.String)",
            "namespace Shop { public class Query { private bool or; private bool not; private readonly System.Collections.Generic.List<string> parts = new(); public Query Or() { or = true; return this; } public Query Not() { not = true; return this; } public Query Where(string column) { parts.Add((or ? \"OR \" : \"AND \") + (not ? \"NOT \" : \"\") + column); or = false; not = false; return this; } public int Count => parts.Count; public Query WhereNot(string column) => Not().Where(column); public Query OrWhereNot(string column) => Or().Not().Where(column); } }",
            "class T { int M() => new Shop.Query().Or().Where(\"a\").WhereNot(\"b\").Count; }",
            "class T { int M() => new Shop.Query().Or().Where(\"a\").Count; }"
        },
        {
            // An awaited forward (ConfigureAwait included) hands back its target's answer, as the call would.
            TestReferenceKinds.LibraryCall, "M:Shop.Store.LoadAsync(System.String)",
            "namespace Shop { public static class Store { public static async System.Threading.Tasks.Task<T> FetchAsync<T>(string key) { await System.Threading.Tasks.Task.Yield(); return key.Length > 3 ? default : default; } public static async System.Threading.Tasks.Task<object> LoadAsync(string key) => await FetchAsync<object>(key).ConfigureAwait(false); public static string Name => nameof(Store); } }",
            "class T { async System.Threading.Tasks.Task<int> M() => await Shop.Store.FetchAsync<int>(\"a\"); }",
            "class T { string M() => Shop.Store.Name; }"
        },
        {
            // A fluent setter whose setting the tests read themselves.
            TestReferenceKinds.LibraryCall, "M:Shop.ChartExtensions.HideValues(Shop.Chart)",
            "namespace Shop { public class Chart { public bool ShowValues { get; set; } = true; public int Width { get; set; } public string Render() => new string('*', Width); } public static class ChartExtensions { public static Chart HideValues(this Chart chart) { System.ArgumentNullException.ThrowIfNull(chart); chart.ShowValues = false; return chart; } } }",
            "class T { bool M() => new Shop.Chart().ShowValues; }",
            "class T { string M() => new Shop.Chart().Render(); }"
        },
        {
            // A row of a table written as members: the tested UsePostgres runs the helper UseFirebird hands its data to.
            TestReferenceKinds.TableRow, "M:Shop.StoreExtensions.UseFirebird(Shop.Store,System.String)",
            "namespace Shop { public class Store { public string Provider; } public class PostgresDialect { } public class FirebirdDialect { } public static class StoreExtensions { public static Store UsePostgres(this Store store, string connection) => store.UseDatabase<PostgresDialect>(\"Npgsql\", connection); public static Store UseFirebird(this Store store, string connection) => store.UseDatabase<FirebirdDialect>(\"Firebird\", connection); private static Store UseDatabase<TDialect>(this Store store, string provider, string connection) { store.Provider = provider + typeof(TDialect).Name + connection; return store; } } }",
            "class T { object M() => new Shop.Store().UsePostgres(\"Host=db\"); }",
            "class T { object M() => new Shop.Store(); }"
        },
        {
            // A test in a branch the library's symbols leave out (#if DEBUG in a Release build) is read too: each symbol a
            // condition names is flipped in a second parse. A branch no symbol can select (&& false) is never read.
            TestReferenceKinds.MemberName, "M:Shop.Cart.Clear",
            "namespace Shop { public class Cart { public void Add() { } public void Clear() { } } }",
            "class T { void M() { var c = new Shop.Cart(); c.Add();\n#if DEBUG\n c.Clear();\n#endif\n } }",
            "class T { void M() { var c = new Shop.Cart(); c.Add();\n#if DEBUG && false\n c.Clear();\n#endif\n } }"
        },
        {
            // A lambda that hands the parameters to one public member of what it is given (x => x.Add(handler)) is part of
            // the forward's work: the forward counts where its target and that member run.
            TestReferenceKinds.LibraryCall, "M:Shop.Consumer.Consume(System.String,System.Func{System.String,System.Int32})",
            "namespace Shop { public sealed class Handlers { private readonly System.Collections.Generic.List<System.Func<string, int>> all = new(); public Handlers Add(System.Func<string, int> handler) { all.Add(handler); return this; } public int Count => all.Count; } public sealed class Consumer { public int Subscribe(string queue, System.Action<Handlers> register) { var handlers = new Handlers(); register(handlers); return handlers.Count + queue.Length; } public int Consume(string queue, System.Func<string, int> handler) => Subscribe(queue, x => x.Add(handler)); } }",
            "class T { int M() => new Shop.Consumer().Subscribe(\"q\", h => h.Add(null)); }",
            "class T { int M() => new Shop.Consumer().Subscribe(\"q\", null); }"
        },
        {
            // The constructor made for a default runs by the tests' argument counts: a test creating the provider with two
            // arguments runs the two-argument overload, not the three-argument one the member calls.
            TestReferenceKinds.LibraryCall, "M:Shop.Setup.Embedded(System.String,System.Int32)",
            "namespace Shop { public sealed class Provider { public Provider(string name, System.Func<string, bool> filter) : this(name, filter, filter, 0) { } public Provider(string name, System.Func<string, bool> filter, int depth) : this(name, filter, filter, depth) { } public Provider(string name, System.Func<string, bool> filter, System.Func<string, bool> codeFilter, int depth) { Name = filter(name) && codeFilter(name) ? name + depth : \"\"; } public string Name { get; } } public static class Setup { public static string Use(Provider provider) => provider.Name; public static string Embedded(string name, int depth) => Use(new Provider(name, s => s.EndsWith(\".sql\", System.StringComparison.OrdinalIgnoreCase), depth)); } }",
            "class T { string M() => Shop.Setup.Use(new Shop.Provider(\"a\", _ => true, 2)); }",
            "class T { string M() => Shop.Setup.Use(new Shop.Provider(\"a\", _ => true)); }"
        },
        {
            // A twin of the tested Find: the same body but for the cache it fetches, which the tested CountUnsafe runs
            // too; while nothing the tests run fetches that cache, the twin's one piece of its own is untested.
            TestReferenceKinds.LibraryCall, "M:Shop.Lookup.FindUnsafe(System.String)",
            "namespace Shop { public static class Lookup { private static readonly System.Collections.Generic.Dictionary<string, int> Safe = new(); private static System.Collections.Generic.Dictionary<string, int> Loose; internal static System.Collections.Generic.Dictionary<string, int> TableUnsafe() => Loose ?? throw new System.InvalidOperationException(); public static int Find(string key) { var table = Safe; return table.TryGetValue(key.Trim(), out var found) ? found : -1; } public static int FindUnsafe(string key) { var table = TableUnsafe(); return table.TryGetValue(key.Trim(), out var found) ? found : -1; } public static int CountUnsafe() => TableUnsafe().Count * 2; } }",
            "class T { int M() => Shop.Lookup.Find(\"a\") + Shop.Lookup.CountUnsafe(); }",
            "class T { int M() => Shop.Lookup.Find(\"a\"); }"
        },
        {
            // A forward into a twin of a reached sibling counts as run, as the twin does; while the twin's own piece is
            // untested, the forward is listed in the twin's finding.
            TestReferenceKinds.LibraryCall, "M:Shop.Lookup.LookUpUnsafe(System.String)",
            "namespace Shop { public static class Lookup { private static readonly System.Collections.Generic.Dictionary<string, int> Safe = new(); private static System.Collections.Generic.Dictionary<string, int> Loose; internal static System.Collections.Generic.Dictionary<string, int> TableUnsafe() => Loose ?? throw new System.InvalidOperationException(); public static int Find(string key, bool trim) { var table = Safe; return table.TryGetValue(trim ? key.Trim() : key, out var found) ? found : -1; } public static int FindUnsafe(string key, bool trim) { var table = TableUnsafe(); return table.TryGetValue(trim ? key.Trim() : key, out var found) ? found : -1; } public static int LookUpUnsafe(string key) => FindUnsafe(key, true); public static int CountUnsafe() => TableUnsafe().Count * 2; } }",
            "class T { int M() => Shop.Lookup.Find(\"a\", true) + Shop.Lookup.CountUnsafe(); }",
            "class T { int M() => Shop.Lookup.Find(\"a\", true); }"
        },
        {
            // An async mirror of a member that answers nothing hands its work to the same hidden core the tested Remove
            // runs, then answers a finished task: it runs when that core does.
            TestReferenceKinds.AsyncMirror, "M:Shop.Cache.RemoveAsync(System.String)",
            "namespace Shop { public class Cache { private readonly System.Collections.Generic.Dictionary<string, int> items = new(); public void Put(string key, int value) => items[key] = value; public void Remove(string key) => RemoveCore(key); internal void RemoveCore(string key) { if (!items.Remove(key.Trim())) throw new System.Collections.Generic.KeyNotFoundException(key); } public System.Threading.Tasks.Task RemoveAsync(string key) { RemoveCore(key); return System.Threading.Tasks.Task.CompletedTask; } } }",
            "class T { void M() { var cache = new Shop.Cache(); cache.Put(\"a\", 1); cache.Remove(\"a\"); } }",
            "class T { void M() => new Shop.Cache().Put(\"a\", 1); }"
        },
        {
            // An async mirror answering the core's result as a finished task (Task.FromResult).
            TestReferenceKinds.AsyncMirror, "M:Shop.Cache.ContainsAsync(System.String)",
            "namespace Shop { public class Cache { private readonly System.Collections.Generic.Dictionary<string, int> items = new(); public void Put(string key, int value) => items[key] = value; public bool Contains(string key) => ContainsCore(key); internal bool ContainsCore(string key) => key.Length > 0 && items.ContainsKey(key.Trim()); public System.Threading.Tasks.Task<bool> ContainsAsync(string key) => System.Threading.Tasks.Task.FromResult(ContainsCore(key)); } }",
            "class T { bool M() => new Shop.Cache().Contains(\"a\"); }",
            "class T { void M() => new Shop.Cache().Put(\"a\", 1); }"
        },
        {
            // The reverse: a synchronous mirror that waits for the asynchronous core the tested LoadAsync runs.
            TestReferenceKinds.AsyncMirror, "M:Shop.Store.Load(System.String)",
            "namespace Shop { public class Store { public int Size(string key) => key.Length; public System.Threading.Tasks.Task<int> LoadAsync(string key) => LoadCoreAsync(key); internal async System.Threading.Tasks.Task<int> LoadCoreAsync(string key) { await System.Threading.Tasks.Task.Yield(); return key.Trim().Length * 2; } public int Load(string key) => LoadCoreAsync(key).ConfigureAwait(false).GetAwaiter().GetResult(); } }",
            "class T { async System.Threading.Tasks.Task<int> M() => await new Shop.Store().LoadAsync(\"a\"); }",
            "class T { int M() => new Shop.Store().Size(\"a\"); }"
        },
        {
            // A sync interface member beside its async twin on the interface it derives from, both implemented as the same
            // steps (StackExchange.Redis' IDatabase.ArraySet beside IDatabaseAsync.ArraySetAsync): the one library
            // implementation builds the same key and hands it to ExecuteSync where the tested flavour calls ExecuteAsync,
            // and ExecuteSync runs in the tests (Size). A test of neither flavour leaves Count reported.
            TestReferenceKinds.AsyncTwin, "M:Shop.IStore.Count(System.String)",
            "namespace Shop { public interface IStoreAsync { System.Threading.Tasks.Task<int> CountAsync(string key); } public interface IStore : IStoreAsync { int Count(string key); int Size(); } internal sealed class Store : IStore { private readonly System.Collections.Generic.Dictionary<string, int> items = new(); public int Count(string key) { var k = Normalise(key); return ExecuteSync(k); } public System.Threading.Tasks.Task<int> CountAsync(string key) { var k = Normalise(key); return ExecuteAsync(k); } public int Size() => ExecuteSync(\"size\"); private static string Normalise(string key) => key.Trim().ToUpperInvariant(); private int ExecuteSync(string k) => items.TryGetValue(k, out var v) ? v : 0; private System.Threading.Tasks.Task<int> ExecuteAsync(string k) => System.Threading.Tasks.Task.FromResult(items.TryGetValue(k, out var v) ? v : 0); } public static class Stores { public static IStore Open() => new Store(); } }",
            "class T { async System.Threading.Tasks.Task<int> M() { var store = Shop.Stores.Open(); return store.Size() + await store.CountAsync(\"a\"); } }",
            "class T { int M() => Shop.Stores.Open().Size(); }"
        },
        {
            // A decorator among the implementations hands each flavour on to the instance it wraps (inner.Count(ToInner(key))
            // beside inner.CountAsync(ToInner(key))): its call of the judged member itself is judged by the other implementation.
            TestReferenceKinds.AsyncTwin, "M:Shop.IStore.Count(System.String)",
            "namespace Shop { public interface IStoreAsync { System.Threading.Tasks.Task<int> CountAsync(string key); } public interface IStore : IStoreAsync { int Count(string key); int Size(); } internal sealed class Store : IStore { private readonly System.Collections.Generic.Dictionary<string, int> items = new(); public int Count(string key) { var k = Normalise(key); return ExecuteSync(k); } public System.Threading.Tasks.Task<int> CountAsync(string key) { var k = Normalise(key); return ExecuteAsync(k); } public int Size() => ExecuteSync(\"size\"); private static string Normalise(string key) => key.Trim().ToUpperInvariant(); private int ExecuteSync(string k) => items.TryGetValue(k, out var v) ? v : 0; private System.Threading.Tasks.Task<int> ExecuteAsync(string k) => System.Threading.Tasks.Task.FromResult(items.TryGetValue(k, out var v) ? v : 0); } internal sealed class Logged : IStore { private readonly IStore inner; public Logged(IStore inner) { this.inner = inner; } public int Count(string key) => inner.Count(ToInner(key)); public System.Threading.Tasks.Task<int> CountAsync(string key) => inner.CountAsync(ToInner(key)); public int Size() => inner.Size(); private static string ToInner(string key) => \"shop:\" + key; } public static class Stores { public static IStore Open() => new Logged(new Store()); } }",
            "class T { async System.Threading.Tasks.Task<int> M() { var store = Shop.Stores.Open(); return store.Size() + await store.CountAsync(\"a\"); } }",
            "class T { int M() => Shop.Stores.Open().Size(); }"
        },
        {
            // A value the async flavour answers as a finished task (Task.FromResult(...) of what the sync one returns).
            TestReferenceKinds.AsyncTwin, "M:Shop.IStore.Count(System.String)",
            "namespace Shop { public interface IStoreAsync { System.Threading.Tasks.Task<int> CountAsync(string key); } public interface IStore : IStoreAsync { int Count(string key); int Size(); } internal sealed class Store : IStore { private readonly System.Collections.Generic.Dictionary<string, int> items = new(); public int Count(string key) { var k = Normalise(key); return k.Length == 0 ? System.Array.Empty<int>().Length : ExecuteSync(k); } public System.Threading.Tasks.Task<int> CountAsync(string key) { var k = Normalise(key); return k.Length == 0 ? System.Threading.Tasks.Task.FromResult(System.Array.Empty<int>().Length) : ExecuteAsync(k); } public int Size() => ExecuteSync(\"size\"); private static string Normalise(string key) => key.Trim().ToUpperInvariant(); private int ExecuteSync(string k) => items.TryGetValue(k, out var v) ? v : 0; private System.Threading.Tasks.Task<int> ExecuteAsync(string k) => System.Threading.Tasks.Task.FromResult(items.TryGetValue(k, out var v) ? v : 0); } public static class Stores { public static IStore Open() => new Store(); } }",
            "class T { async System.Threading.Tasks.Task<int> M() { var store = Shop.Stores.Open(); return store.Size() + await store.CountAsync(\"a\"); } }",
            "class T { int M() => Shop.Stores.Open().Size(); }"
        },
        {
            // The reverse: an async method of a public class beside its tested sync twin, awaiting another package's async
            // flavour (Stream.ReadAsync for Stream.Read) with the CancellationToken it takes more.
            TestReferenceKinds.AsyncTwin, "M:Shop.Reader.ReadHeaderAsync(System.Byte[],System.Threading.CancellationToken)",
            "namespace Shop { public class Reader { private readonly System.IO.Stream stream; public Reader(System.IO.Stream stream) { this.stream = stream; } public int ReadHeader(byte[] buffer) { var read = stream.Read(buffer, 0, 4); return Check(read); } public async System.Threading.Tasks.Task<int> ReadHeaderAsync(byte[] buffer, System.Threading.CancellationToken cancellationToken = default) { var read = await stream.ReadAsync(buffer, 0, 4, cancellationToken).ConfigureAwait(false); return Check(read); } private static int Check(int read) => read == 4 ? read : throw new System.IO.EndOfStreamException(); } }",
            "class T { int M(System.IO.Stream s) => new Shop.Reader(s).ReadHeader(new byte[4]); }",
            "class T { object M(System.IO.Stream s) => new Shop.Reader(s); }"
        },
        {
            // The tests hold an object the library makes at run time through an interface of the library (a test interface
            // deriving IRecord) and call IEditableObject.BeginEdit on it: the library's one class implementing IRecord
            // answers with RecordBase.BeginEdit, though no test names or creates RecordBase. Without the call it is reported.
            TestReferenceKinds.SoleImplementation, "M:Shop.RecordBase.BeginEdit",
            "namespace Shop { public interface IRecord : System.ComponentModel.IEditableObject { string Name { get; } } public abstract class RecordBase : IRecord { private int depth; public string Name => \"r\"; public void BeginEdit() { if (++depth > 3) throw new System.InvalidOperationException(); } public void EndEdit() => depth = System.Math.Max(0, depth - 1); public void CancelEdit() => depth = 0; } public static class Records { public static T Create<T>() where T : class, IRecord => (T)System.Activator.CreateInstance(typeof(T)); } }",
            "interface IPerson : Shop.IRecord { } class T { void M() { var person = Shop.Records.Create<IPerson>(); person.BeginEdit(); } }",
            "interface IPerson : Shop.IRecord { } class T { string M() => Shop.Records.Create<IPerson>().Name; }"
        },
        {
            // A generic overload that derives its value from its type argument alone and hands it to the overload of its
            // name the library runs: it runs when that overload and the derivation (NameCache.Get<T>) do.
            TestReferenceKinds.TypeArgumentOverload, "M:Shop.Sql.TableName``1",
            "namespace Shop { internal static class NameCache { public static string Get<T>() => typeof(T).Name.ToUpperInvariant(); } public class Sql { private readonly System.Text.StringBuilder text = new(); public Sql TableName(string name) { text.Append('[').Append(name).Append(']'); return this; } public Sql TableName<TEntity>() where TEntity : class => TableName(NameCache.Get<TEntity>()); public override string ToString() => text.ToString(); } public static class Statements { public static string Select(string table) => \"SELECT * FROM \" + new Sql().TableName(table); public static string NameOf<T>() => NameCache.Get<T>(); } }",
            "class T { string M() => Shop.Statements.Select(\"a\") + Shop.Statements.NameOf<int>(); }",
            "class T { string M() => Shop.Statements.Select(\"a\"); }"
        },
    };

    /// <summary>
    /// Kinds decided by the library's own shape, whatever the tests do: a library where the reference counts, one where it
    /// does not, and one test source for both.
    /// </summary>
    public static readonly TheoryData<string, string, string, string, string> LibraryShapedCases = new()
    {
        {
            // A method named for the suffix alone (Async beside AsyncAsync) is the sync flavour, as its twin is found: its
            // steps are compared the same way round (the twin's finished task unwrapped, not the member's value).
            TestReferenceKinds.AsyncTwin, "M:Shop.Runner.Async",
            "namespace Shop { public class Runner { private readonly System.Collections.Generic.List<int> done = new(); public int Async() { var n = Step(7); return Finish(n); } public System.Threading.Tasks.Task<int> AsyncAsync() { var n = Step(7); return System.Threading.Tasks.Task.FromResult(Finish(n)); } public int Size() => done.Count; private int Finish(int n) { done.Add(n); return done.Count; } private static int Step(int n) => n * 2 + 1; } }",
            "namespace Shop { public class Runner { private readonly System.Collections.Generic.List<int> done = new(); public int Async() { var n = Step(7); if (n > 8) { n = 8; } return Finish(n); } public System.Threading.Tasks.Task<int> AsyncAsync() { var n = Step(7); return System.Threading.Tasks.Task.FromResult(Finish(n)); } public int Size() => done.Count; private int Finish(int n) { done.Add(n); return done.Count; } private static int Step(int n) => n * 2 + 1; } }",
            "class T { async System.Threading.Tasks.Task<int> M() { var r = new Shop.Runner(); return r.Size() + await r.AsyncAsync(); } }"
        },
        {
            // A concrete implementation is one the tests may replace with doubles of the interface, which the name match
            // cannot tell from the library's instances: only an abstract class the library derives nothing from counts.
            TestReferenceKinds.SoleImplementation, "M:Shop.RecordBase.BeginEdit",
            "namespace Shop { public interface IRecord : System.ComponentModel.IEditableObject { string Name { get; } } public abstract class RecordBase : IRecord { private int depth; public string Name => \"r\"; public void BeginEdit() { if (++depth > 3) throw new System.InvalidOperationException(); } public void EndEdit() => depth = System.Math.Max(0, depth - 1); public void CancelEdit() => depth = 0; } public static class Records { public static T Create<T>() where T : class, IRecord => (T)System.Activator.CreateInstance(typeof(T)); } }",
            "namespace Shop { public interface IRecord : System.ComponentModel.IEditableObject { string Name { get; } } public class RecordBase : IRecord { private int depth; public string Name => \"r\"; public void BeginEdit() { if (++depth > 3) throw new System.InvalidOperationException(); } public void EndEdit() => depth = System.Math.Max(0, depth - 1); public void CancelEdit() => depth = 0; } public static class Records { public static T Create<T>() where T : class, IRecord => (T)System.Activator.CreateInstance(typeof(T)); } }",
            "interface IPerson : Shop.IRecord { } class T { void M() { var person = Shop.Records.Create<IPerson>(); person.BeginEdit(); } }"
        },
        {
            // With a second class of the library implementing IRecord with its own BeginEdit, the call may run either.
            TestReferenceKinds.SoleImplementation, "M:Shop.RecordBase.BeginEdit",
            "namespace Shop { public interface IRecord : System.ComponentModel.IEditableObject { string Name { get; } } public abstract class RecordBase : IRecord { private int depth; public string Name => \"r\"; public void BeginEdit() { if (++depth > 3) throw new System.InvalidOperationException(); } public void EndEdit() => depth = System.Math.Max(0, depth - 1); public void CancelEdit() => depth = 0; } public static class Records { public static T Create<T>() where T : class, IRecord => (T)System.Activator.CreateInstance(typeof(T)); } }",
            "namespace Shop { public interface IRecord : System.ComponentModel.IEditableObject { string Name { get; } } public abstract class RecordBase : IRecord { private int depth; public string Name => \"r\"; public void BeginEdit() { if (++depth > 3) throw new System.InvalidOperationException(); } public void EndEdit() => depth = System.Math.Max(0, depth - 1); public void CancelEdit() => depth = 0; } public sealed class Draft : IRecord { public string Name => \"d\"; public void BeginEdit() => System.Console.WriteLine(Name); public void EndEdit() { } public void CancelEdit() { } } public static class Records { public static T Create<T>() where T : class, IRecord => (T)System.Activator.CreateInstance(typeof(T)); } }",
            "interface IPerson : Shop.IRecord { } class T { void M() { var person = Shop.Records.Create<IPerson>(); person.BeginEdit(); } }"
        },
        {
            // A twin with a step of its own (a truncation the async flavour does not make) is not the same steps.
            TestReferenceKinds.AsyncTwin, "M:Shop.IStore.Count(System.String)",
            "namespace Shop { public interface IStoreAsync { System.Threading.Tasks.Task<int> CountAsync(string key); } public interface IStore : IStoreAsync { int Count(string key); int Size(); } internal sealed class Store : IStore { private readonly System.Collections.Generic.Dictionary<string, int> items = new(); public int Count(string key) { var k = Normalise(key); return ExecuteSync(k); } public System.Threading.Tasks.Task<int> CountAsync(string key) { var k = Normalise(key); return ExecuteAsync(k); } public int Size() => ExecuteSync(\"size\"); private static string Normalise(string key) => key.Trim().ToUpperInvariant(); private int ExecuteSync(string k) => items.TryGetValue(k, out var v) ? v : 0; private System.Threading.Tasks.Task<int> ExecuteAsync(string k) => System.Threading.Tasks.Task.FromResult(items.TryGetValue(k, out var v) ? v : 0); } public static class Stores { public static IStore Open() => new Store(); } }",
            "namespace Shop { public interface IStoreAsync { System.Threading.Tasks.Task<int> CountAsync(string key); } public interface IStore : IStoreAsync { int Count(string key); int Size(); } internal sealed class Store : IStore { private readonly System.Collections.Generic.Dictionary<string, int> items = new(); public int Count(string key) { var k = Normalise(key); if (k.Length > 8) { k = k.Substring(0, 8); } return ExecuteSync(k); } public System.Threading.Tasks.Task<int> CountAsync(string key) { var k = Normalise(key); return ExecuteAsync(k); } public int Size() => ExecuteSync(\"size\"); private static string Normalise(string key) => key.Trim().ToUpperInvariant(); private int ExecuteSync(string k) => items.TryGetValue(k, out var v) ? v : 0; private System.Threading.Tasks.Task<int> ExecuteAsync(string k) => System.Threading.Tasks.Task.FromResult(items.TryGetValue(k, out var v) ? v : 0); } public static class Stores { public static IStore Open() => new Store(); } }",
            "class T { async System.Threading.Tasks.Task<int> M() { var store = Shop.Stores.Open(); return store.Size() + await store.CountAsync(\"a\"); } }"
        },
        {
            // Overloads of the same parameter count (Count(string) and Count(string[])) are not told apart by the test's
            // name, so neither stands for its twin.
            TestReferenceKinds.AsyncTwin, "M:Shop.IStore.Count(System.String)",
            "namespace Shop { public interface IStoreAsync { System.Threading.Tasks.Task<int> CountAsync(string key); } public interface IStore : IStoreAsync { int Count(string key); int Size(); } internal sealed class Store : IStore { private readonly System.Collections.Generic.Dictionary<string, int> items = new(); public int Count(string key) { var k = Normalise(key); return ExecuteSync(k); } public System.Threading.Tasks.Task<int> CountAsync(string key) { var k = Normalise(key); return ExecuteAsync(k); } public int Size() => ExecuteSync(\"size\"); private static string Normalise(string key) => key.Trim().ToUpperInvariant(); private int ExecuteSync(string k) => items.TryGetValue(k, out var v) ? v : 0; private System.Threading.Tasks.Task<int> ExecuteAsync(string k) => System.Threading.Tasks.Task.FromResult(items.TryGetValue(k, out var v) ? v : 0); } public static class Stores { public static IStore Open() => new Store(); } }",
            "namespace Shop { public interface IStoreAsync { System.Threading.Tasks.Task<int> CountAsync(string key); System.Threading.Tasks.Task<int> CountAsync(string[] keys); } public interface IStore : IStoreAsync { int Count(string key); int Count(string[] keys); int Size(); } internal sealed class Store : IStore { private readonly System.Collections.Generic.Dictionary<string, int> items = new(); public int Count(string key) { var k = Normalise(key); return ExecuteSync(k); } public System.Threading.Tasks.Task<int> CountAsync(string key) { var k = Normalise(key); return ExecuteAsync(k); } public int Count(string[] keys) => keys.Length; public System.Threading.Tasks.Task<int> CountAsync(string[] keys) => System.Threading.Tasks.Task.FromResult(keys.Length); public int Size() => ExecuteSync(\"size\"); private static string Normalise(string key) => key.Trim().ToUpperInvariant(); private int ExecuteSync(string k) => items.TryGetValue(k, out var v) ? v : 0; private System.Threading.Tasks.Task<int> ExecuteAsync(string k) => System.Threading.Tasks.Task.FromResult(items.TryGetValue(k, out var v) ? v : 0); } public static class Stores { public static IStore Open() => new Store(); } }",
            "class T { async System.Threading.Tasks.Task<int> M() { var store = Shop.Stores.Open(); return store.Size() + await store.CountAsync(\"a\"); } }"
        },
        {
            // An async mirror of a pass-through (another package's call on what the instance holds, then a finished task)
            // has no behaviour of its own: covered by its type, which the tests use. One that waits first is code of its own.
            TestReferenceKinds.AsyncMirror, "M:Shop.Cache.ClearAsync",
            "namespace Shop { public class Cache { private readonly System.Collections.Generic.Dictionary<string, int> items = new(); public void Put(string key, int value) => items[key] = value; public System.Threading.Tasks.Task ClearAsync() { items.Clear(); return System.Threading.Tasks.Task.CompletedTask; } } }",
            "namespace Shop { public class Cache { private readonly System.Collections.Generic.Dictionary<string, int> items = new(); public void Put(string key, int value) => items[key] = value; public System.Threading.Tasks.Task ClearAsync() { items.Clear(); return System.Threading.Tasks.Task.Delay(10); } } }",
            "class T { void M() => new Shop.Cache().Put(\"a\", 1); }"
        },
        {
            // An async method marked [CreateSyncVersion] has a generated sync copy the compilation does not hold: a test
            // calling the copy's name runs its body. Without the attribute the sync name is another method's.
            TestReferenceKinds.MemberName, "M:Shop.Importer.CountAsync(System.String)",
            "namespace Zomp.SyncMethodGenerator { [System.AttributeUsage(System.AttributeTargets.Method)] public sealed class CreateSyncVersionAttribute : System.Attribute { } } namespace Shop { public class Importer { [Zomp.SyncMethodGenerator.CreateSyncVersion] public async System.Threading.Tasks.Task<int> CountAsync(string path) { await System.Threading.Tasks.Task.Yield(); return path.Length; } } }",
            "namespace Zomp.SyncMethodGenerator { [System.AttributeUsage(System.AttributeTargets.Method)] public sealed class CreateSyncVersionAttribute : System.Attribute { } } namespace Shop { public class Importer { public async System.Threading.Tasks.Task<int> CountAsync(string path) { await System.Threading.Tasks.Task.Yield(); return path.Length; } } }",
            "class T { int M() => new Shop.Importer().Count(\"a\"); }"
        },
        {
            // A pass-through whose answer a library constructor the tests run wraps: the other package and the wrapper do the
            // work. An answer computed from the arguments (a concatenation) is the member's own.
            TestReferenceKinds.LibraryCall, "M:Shop.File.CopyTo(System.String)",
            "namespace Shop { public sealed class Entry { private readonly System.IO.FileSystemInfo instance; public Entry(System.IO.FileSystemInfo instance) { this.instance = instance ?? throw new System.ArgumentNullException(nameof(instance)); } public static Entry Open(string path) => new Entry(new System.IO.FileInfo(path)); public string Name => instance.Name; } public sealed class File { private readonly System.IO.FileInfo instance; public File(string path) { instance = new System.IO.FileInfo(path); } public Entry CopyTo(string destination) => new Entry(instance.CopyTo(destination)); } }",
            "namespace Shop { public sealed class Entry { private readonly System.IO.FileSystemInfo instance; public Entry(System.IO.FileSystemInfo instance) { this.instance = instance ?? throw new System.ArgumentNullException(nameof(instance)); } public static Entry Open(string path) => new Entry(new System.IO.FileInfo(path)); public string Name => instance.Name; } public sealed class File { private readonly System.IO.FileInfo instance; public File(string path) { instance = new System.IO.FileInfo(path); } public Entry CopyTo(string destination) => new Entry(instance.CopyTo(destination + \".bak\")); } }",
            "class T { string M() => Shop.Entry.Open(\"a\").Name; }"
        },
        {
            // A library extension that wraps the answer counts once the tests run it (through the sibling Count()); a wrapper
            // nothing the tests run leaves the member reported.
            TestReferenceKinds.LibraryCall, "M:Shop.Folder.GetFiles(System.String)",
            "namespace Shop { public sealed class Entry { private readonly System.IO.FileSystemInfo instance; public Entry(System.IO.FileSystemInfo instance) { this.instance = instance ?? throw new System.ArgumentNullException(nameof(instance)); } public static Entry Open(string path) => new Entry(new System.IO.FileInfo(path)); public string Name => instance.Name; } internal static class Wrapping { internal static Entry[] WrapAll(this System.IO.FileInfo[] files) { var entries = new Entry[files.Length]; for (var i = 0; i < files.Length; i++) { entries[i] = new Entry(files[i]); } return entries; } } public sealed class Folder { private readonly System.IO.DirectoryInfo instance; public Folder(string path) { instance = new System.IO.DirectoryInfo(path); } public int Count() => instance.GetFiles().WrapAll().Length; public Entry[] GetFiles(string pattern) => instance.GetFiles(pattern).WrapAll(); } }",
            "namespace Shop { public sealed class Entry { private readonly System.IO.FileSystemInfo instance; public Entry(System.IO.FileSystemInfo instance) { this.instance = instance ?? throw new System.ArgumentNullException(nameof(instance)); } public static Entry Open(string path) => new Entry(new System.IO.FileInfo(path)); public string Name => instance.Name; } internal static class Wrapping { internal static Entry[] WrapAll(this System.IO.FileInfo[] files) { var entries = new Entry[files.Length]; for (var i = 0; i < files.Length; i++) { entries[i] = new Entry(files[i]); } return entries; } } public sealed class Folder { private readonly System.IO.DirectoryInfo instance; public Folder(string path) { instance = new System.IO.DirectoryInfo(path); } public int Count() => 0; public Entry[] GetFiles(string pattern) => instance.GetFiles(pattern).WrapAll(); } }",
            "class T { int M() => new Shop.Folder(\"a\").Count(); }"
        },
        {
            // Element by element: another package's projection hands each element of the answer to the wrapper's constructor;
            // a lambda that makes something else of the element is the member's own code.
            TestReferenceKinds.LibraryCall, "M:Shop.Folder.EnumerateFiles(System.String)",
            "using System.Linq; namespace Shop { public sealed class Entry { private readonly System.IO.FileSystemInfo instance; public Entry(System.IO.FileSystemInfo instance) { this.instance = instance ?? throw new System.ArgumentNullException(nameof(instance)); } public static Entry Open(string path) => new Entry(new System.IO.FileInfo(path)); public string Name => instance.Name; } public sealed class Folder { private readonly System.IO.DirectoryInfo instance; public Folder(string path) { instance = new System.IO.DirectoryInfo(path); } public System.Collections.Generic.IEnumerable<Entry> EnumerateFiles(string pattern) => instance.EnumerateFiles(pattern).Select(file => new Entry(file)); } }",
            "using System.Linq; namespace Shop { public sealed class Entry { private readonly System.IO.FileSystemInfo instance; public Entry(System.IO.FileSystemInfo instance) { this.instance = instance ?? throw new System.ArgumentNullException(nameof(instance)); } public static Entry Open(string path) => new Entry(new System.IO.FileInfo(path)); public string Name => instance.Name; } public sealed class Folder { private readonly System.IO.DirectoryInfo instance; public Folder(string path) { instance = new System.IO.DirectoryInfo(path); } public System.Collections.Generic.IEnumerable<Entry> EnumerateFiles(string pattern) => instance.EnumerateFiles(pattern).Select(file => new Entry(new System.IO.FileInfo(file.FullName))); } }",
            "class T { string M() => Shop.Entry.Open(\"a\").Name; }"
        },
        {
            // Rows differ in data (a provider name, a type argument); a flag handed to the helper selects a path of it
            // only that row takes.
            TestReferenceKinds.TableRow, "M:Shop.StoreExtensions.UseFirebird(Shop.Store,System.String)",
            "namespace Shop { public class Store { public string Provider; } public class PostgresDialect { } public class FirebirdDialect { } public static class StoreExtensions { public static Store UsePostgres(this Store store, string connection) => store.UseDatabase<PostgresDialect>(\"Npgsql\", connection); public static Store UseFirebird(this Store store, string connection) => store.UseDatabase<FirebirdDialect>(\"Firebird\", connection); private static Store UseDatabase<TDialect>(this Store store, string provider, string connection) { store.Provider = provider + typeof(TDialect).Name + connection; return store; } } }",
            "namespace Shop { public class Store { public string Provider; } public static class StoreExtensions { public static Store UsePostgres(this Store store, string connection) => store.UseDatabase(false, connection); public static Store UseFirebird(this Store store, string connection) => store.UseDatabase(true, connection); private static Store UseDatabase(this Store store, bool legacy, string connection) { store.Provider = legacy ? \"Firebird\" : connection; return store; } } }",
            "class T { object M() => new Shop.Store().UsePostgres(\"Host=db\"); }"
        },
        {
            // A call of a helper with data and no sibling row of the same table is code of the member's own.
            TestReferenceKinds.TableRow, "M:Shop.StoreExtensions.UseFirebird(Shop.Store,System.String)",
            "namespace Shop { public class Store { public string Provider; } public class PostgresDialect { } public class FirebirdDialect { } public static class StoreExtensions { public static Store UsePostgres(this Store store, string connection) => store.UseDatabase<PostgresDialect>(\"Npgsql\", connection); public static Store UseFirebird(this Store store, string connection) => store.UseDatabase<FirebirdDialect>(\"Firebird\", connection); private static Store UseDatabase<TDialect>(this Store store, string provider, string connection) { store.Provider = provider + typeof(TDialect).Name + connection; return store; } } }",
            "namespace Shop { public class Store { public string Provider; } public class PostgresDialect { } public class FirebirdDialect { } public static class StoreExtensions { public static Store UsePostgres(this Store store, string connection) => Connect(store, connection); public static Store UseFirebird(this Store store, string connection) => store.UseDatabase<FirebirdDialect>(\"Firebird\", connection); private static Store Connect(Store store, string connection) { System.Console.WriteLine(connection); return store.UseDatabase<PostgresDialect>(\"Npgsql\", connection); } private static Store UseDatabase<TDialect>(this Store store, string provider, string connection) { store.Provider = provider + typeof(TDialect).Name + connection; return store; } } }",
            "class T { object M() => new Shop.Store().UsePostgres(\"Host=db\"); }"
        },
        {
            // A property whose accessors are rows of a table (a hidden helper with a datum and the value) beside a sibling
            // the tests run; every accessor must be a row: a getter with a fallback is code of its own.
            TestReferenceKinds.TableRow, "P:Shop.Link.SubresourceIntegrity",
            "namespace Shop { public class Element { private readonly System.Collections.Generic.Dictionary<string, string> attributes = new(); public string GetAttributeValue(string name) => GetOwn(name); internal string GetOwn(string name) => attributes.TryGetValue(name, out var value) ? value : null; internal void SetOwn(string name, string value) => attributes[name] = value; } public class Link : Element { public string Location { get => GetOwn(\"href\"); set => SetOwn(\"href\", value); } public string SubresourceIntegrity { get => GetOwn(\"integrity\"); set => SetOwn(\"integrity\", value); } } }",
            "namespace Shop { public class Element { private readonly System.Collections.Generic.Dictionary<string, string> attributes = new(); public string GetAttributeValue(string name) => GetOwn(name); internal string GetOwn(string name) => attributes.TryGetValue(name, out var value) ? value : null; internal void SetOwn(string name, string value) => attributes[name] = value; } public class Link : Element { public string Location { get => GetOwn(\"href\"); set => SetOwn(\"href\", value); } public string SubresourceIntegrity { get => GetOwn(\"integrity\") ?? GetOwn(\"hash\"); set => SetOwn(\"integrity\", value); } } }",
            "class T { string M() { var link = new Shop.Link(); link.Location = \"a\"; return link.Location; } }"
        },
        {
            // The interface member whose one implementation, in a hidden class, is such a row folds into it; an
            // implementation with a getter of its own is reported on the interface.
            TestReferenceKinds.TableRow, "P:Shop.ILink.SubresourceIntegrity",
            "namespace Shop { public class Element { private readonly System.Collections.Generic.Dictionary<string, string> attributes = new(); public string GetAttributeValue(string name) => GetOwn(name); internal string GetOwn(string name) => attributes.TryGetValue(name, out var value) ? value : null; internal void SetOwn(string name, string value) => attributes[name] = value; } public interface ILink { string Location { get; set; } string SubresourceIntegrity { get; set; } } internal sealed class Link : Element, ILink { public string Location { get => GetOwn(\"href\"); set => SetOwn(\"href\", value); } public string SubresourceIntegrity { get => GetOwn(\"integrity\"); set => SetOwn(\"integrity\", value); } } public static class Links { public static ILink Create() => new Link(); } }",
            "namespace Shop { public class Element { private readonly System.Collections.Generic.Dictionary<string, string> attributes = new(); public string GetAttributeValue(string name) => GetOwn(name); internal string GetOwn(string name) => attributes.TryGetValue(name, out var value) ? value : null; internal void SetOwn(string name, string value) => attributes[name] = value; } public interface ILink { string Location { get; set; } string SubresourceIntegrity { get; set; } } internal sealed class Link : Element, ILink { public string Location { get => GetOwn(\"href\"); set => SetOwn(\"href\", value); } public string SubresourceIntegrity { get => GetOwn(\"integrity\") ?? GetOwn(\"hash\"); set => SetOwn(\"integrity\", value); } } public static class Links { public static ILink Create() => new Link(); } }",
            "class T { string M() { var link = Shop.Links.Create(); link.Location = \"a\"; return link.Location; } }"
        },
        {
            // A fluent setter through a configuration callback: the lambda only stores the member's parameter in what it
            // is given, and tested code reads the setting; a value the lambda computes is code of the member's own.
            TestReferenceKinds.LibraryCall, "M:Shop.BuilderExtensions.WithFilter(Shop.Builder,System.String)",
            "namespace Shop { public class Settings { public string Filter { get; set; } public bool Verbose { get; set; } } public class Builder { private readonly System.Collections.Generic.List<System.Action<Settings>> steps = new(); public Builder Configure(System.Action<Settings> step) { steps.Add(step); return this; } public string Build() { var settings = new Settings(); foreach (var step in steps) { step(settings); } return settings.Filter + settings.Verbose; } } public static class BuilderExtensions { public static Builder WithFilter(this Builder builder, string filter) { builder.Configure(s => s.Filter = filter); return builder; } } }",
            "namespace Shop { public class Settings { public string Filter { get; set; } public bool Verbose { get; set; } } public class Builder { private readonly System.Collections.Generic.List<System.Action<Settings>> steps = new(); public Builder Configure(System.Action<Settings> step) { steps.Add(step); return this; } public string Build() { var settings = new Settings(); foreach (var step in steps) { step(settings); } return settings.Filter + settings.Verbose; } } public static class BuilderExtensions { public static Builder WithFilter(this Builder builder, string filter) { builder.Configure(s => s.Filter = filter.Trim()); return builder; } } }",
            "class T { string M() => new Shop.Builder().Configure(s => s.Verbose = true).Build(); }"
        },
        {
            // An event whose accessors each forward to a public member the tests run, with a fixed event name and the
            // handler; an accessor that does more than forward is code of its own.
            TestReferenceKinds.LibraryCall, "E:Shop.Target.Loaded",
            "namespace Shop { public class Target { private readonly System.Collections.Generic.List<string> listeners = new(); public void AddListener(string type, System.Action callback) => listeners.Add(type + callback.Method.Name); public void RemoveListener(string type, System.Action callback) => listeners.Remove(type + callback.Method.Name); public event System.Action Loaded { add { AddListener(EventNames.Loaded, value); } remove { RemoveListener(EventNames.Loaded, value); } } } public static class EventNames { public static readonly string Loaded = \"loaded\"; } }",
            "namespace Shop { public class Target { private readonly System.Collections.Generic.List<string> listeners = new(); public void AddListener(string type, System.Action callback) => listeners.Add(type + callback.Method.Name); public void RemoveListener(string type, System.Action callback) => listeners.Remove(type + callback.Method.Name); public event System.Action Loaded { add { AddListener(EventNames.Loaded, value); } remove { RemoveListener(EventNames.Loaded, value); listeners.Clear(); } } } public static class EventNames { public static readonly string Loaded = \"loaded\"; } }",
            "class T { void M(Shop.Target target, System.Action callback) { target.AddListener(\"x\", callback); target.RemoveListener(\"x\", callback); } }"
        },
        {
            // A contract nothing in the compilation implements has no behaviour in this library (the caller, Canvas.Draw,
            // is reported on its own); one with a hidden implementation that computes is reported.
            TestReferenceKinds.ImplementedContract, "M:Shop.IRenderer.Render(System.String)",
            "namespace Shop { public interface IRenderer { string Render(string text); } public class Canvas { private readonly IRenderer renderer; public Canvas(IRenderer renderer) { this.renderer = renderer; } public string Draw(string text) => renderer.Render(text).Trim(); } }",
            "namespace Shop { public interface IRenderer { string Render(string text); } internal sealed class PlainRenderer : IRenderer { public string Render(string text) => text.ToUpperInvariant(); } public class Canvas { private readonly IRenderer renderer; public Canvas(IRenderer renderer) { this.renderer = renderer; } public static Canvas Plain() => new Canvas(new PlainRenderer()); public string Draw(string text) => renderer.Render(text).Trim(); } }",
            "class T { }"
        },
        {
            // The same for an abstract member nothing overrides; an override in the library that computes is reported on it.
            TestReferenceKinds.ImplementedContract, "P:Shop.Request.Method",
            "namespace Shop { public abstract class Request { public abstract string Method { get; } public bool IsGet() => Method == \"GET\"; } }",
            "namespace Shop { public abstract class Request { public abstract string Method { get; } public bool IsGet() => Method == \"GET\"; } internal sealed class LocalRequest : Request { private readonly string verb; public LocalRequest(string verb) { this.verb = verb; } public override string Method => verb.Length == 0 ? \"GET\" : verb.ToUpperInvariant(); } public static class Requests { public static Request Local(string verb) => new LocalRequest(verb); } }",
            "class T { }"
        },
        {
            // A guard helper may end its check in a throw helper (a static method that only throws): AtSecond is a fluent
            // setter after its guard, and the tested Build reads its setting. A helper that logs instead does not guard.
            TestReferenceKinds.LibraryCall, "M:Shop.DateBuilder.AtSecond(System.Int32)",
            "namespace Shop { internal static class Throw { internal static void Argument(string message) => throw new System.ArgumentException(message); [System.Diagnostics.CodeAnalysis.DoesNotReturn] internal static void Fail(string message) => System.Environment.FailFast(message); } public class DateBuilder { private int minute; private int second; public DateBuilder AtSecond(int second) { ValidateSecond(second); this.second = second; return this; } public DateBuilder AtTime(int minute, int second) { ValidateSecond(second); this.minute = minute; this.second = second; return this; } public int Build() => minute * 60 + second; private static void ValidateSecond(int second) { if (second is < 0 or > 59) { Throw.Argument(\"Invalid second.\"); } } } }",
            "namespace Shop { internal static class Throw { internal static void Argument(string message) => throw new System.ArgumentException(message); [System.Diagnostics.CodeAnalysis.DoesNotReturn] internal static void Fail(string message) => System.Environment.FailFast(message); } public class DateBuilder { private int minute; private int second; public DateBuilder AtSecond(int second) { ValidateSecond(second); this.second = second; return this; } public DateBuilder AtTime(int minute, int second) { ValidateSecond(second); this.minute = minute; this.second = second; return this; } public int Build() => minute * 60 + second; private static void ValidateSecond(int second) { if (second is < 0 or > 59) { System.Console.WriteLine(\"Invalid second.\"); } } } }",
            "class T { int M() => new Shop.DateBuilder().AtTime(1, 2).Build(); }"
        },
        {
            // So may a method marked [DoesNotReturn].
            TestReferenceKinds.LibraryCall, "M:Shop.DateBuilder.AtSecond(System.Int32)",
            "namespace Shop { internal static class Throw { internal static void Argument(string message) => throw new System.ArgumentException(message); [System.Diagnostics.CodeAnalysis.DoesNotReturn] internal static void Fail(string message) => System.Environment.FailFast(message); } public class DateBuilder { private int minute; private int second; public DateBuilder AtSecond(int second) { ValidateSecond(second); this.second = second; return this; } public DateBuilder AtTime(int minute, int second) { ValidateSecond(second); this.minute = minute; this.second = second; return this; } public int Build() => minute * 60 + second; private static void ValidateSecond(int second) { if (second is < 0 or > 59) { Throw.Fail(\"Invalid second.\"); } } } }",
            "namespace Shop { internal static class Throw { internal static void Argument(string message) => throw new System.ArgumentException(message); [System.Diagnostics.CodeAnalysis.DoesNotReturn] internal static void Fail(string message) => System.Environment.FailFast(message); } public class DateBuilder { private int minute; private int second; public DateBuilder AtSecond(int second) { ValidateSecond(second); this.second = second; return this; } public DateBuilder AtTime(int minute, int second) { ValidateSecond(second); this.minute = minute; this.second = second; return this; } public int Build() => minute * 60 + second; private static void ValidateSecond(int second) { if (second is < 0 or > 59) { System.Console.WriteLine(\"Invalid second.\"); } } } }",
            "class T { int M() => new Shop.DateBuilder().AtTime(1, 2).Build(); }"
        },
        {
            // A constructor that hands its base a static field of its own type, written without the type's name, hands
            // it a fixed value; a value computed from it is code of its own.
            TestReferenceKinds.CoveredByType, "M:Shop.RowSemaphore.#ctor(System.String)",
            "namespace Shop { public class Semaphore { protected Semaphore(string prefix, string name, string insert) { Prefix = prefix; Name = name; Insert = insert; } public string Prefix { get; } public string Name { get; } public string Insert { get; } public bool Obtain() => Insert.Length > Prefix.Length; } public class RowSemaphore : Semaphore { private static readonly string InsertLock = \"INSERT INTO LOCKS\"; public RowSemaphore(string name) : base(\"QRTZ_\", name, InsertLock) { } public bool TryObtain() => Obtain(); } }",
            "namespace Shop { public class Semaphore { protected Semaphore(string prefix, string name, string insert) { Prefix = prefix; Name = name; Insert = insert; } public string Prefix { get; } public string Name { get; } public string Insert { get; } public bool Obtain() => Insert.Length > Prefix.Length; } public class RowSemaphore : Semaphore { private static readonly string InsertLock = \"INSERT INTO LOCKS\"; public RowSemaphore(string name) : base(\"QRTZ_\", name, InsertLock.ToUpperInvariant()) { } public bool TryObtain() => Obtain(); } }",
            "class T { bool M(Shop.RowSemaphore semaphore) => semaphore.TryObtain(); }"
        },
        {
            // A value another package's struct makes of literals is a constant answer; one made of a computed value is not.
            TestReferenceKinds.CoveredByType, "P:Shop.Store.Delay",
            "namespace Shop { public class Store { public System.TimeSpan Delay => System.TimeSpan.FromMilliseconds(5); public int Run() => 1; } }",
            "namespace Shop { public class Store { public System.TimeSpan Delay => System.TimeSpan.FromMilliseconds(Run() * 5); public int Run() => 1; } }",
            "class T { int M() => new Shop.Store().Run(); }"
        },
        {
            // A difference of two times says no more than the member's name; a text built of them is behaviour.
            TestReferenceKinds.CoveredByType, "P:Shop.Call.Duration",
            "namespace Shop { public sealed class Call { public System.DateTime Started { get; set; } public System.DateTime? Ended { get; set; } public System.TimeSpan? Duration => Ended - Started; public void End() => Ended = System.DateTime.UtcNow; } }",
            "namespace Shop { public sealed class Call { public System.DateTime Started { get; set; } public System.DateTime? Ended { get; set; } public string Duration => Ended + \" - \" + Started; public void End() => Ended = System.DateTime.UtcNow; } }",
            "class T { void M() => new Shop.Call().End(); }"
        },
        {
            // Mode belongs to a reference the compilation lacks: Build(1, Mode.Fast) does not resolve, yet runs the one
            // candidate that takes two arguments; a call with a count no candidate takes reaches nothing.
            TestReferenceKinds.LibraryCall, "M:Shop.Config.Normalize(System.Int32)",
            "namespace Shop { public class Config { public int Run() => Build(1, Mode.Fast); public int Build(int size, Mode mode) => Normalize(size); public int Normalize(int size) => size % 7; } }",
            "namespace Shop { public class Config { public int Run() => Build(Mode.Fast); public int Build(int size, Mode mode) => Normalize(size); public int Normalize(int size) => size % 7; } }",
            "class T { int M() => new Shop.Config().Run(); }"
        },
        {
            // The explicit implementation only hands on to the hidden Next, which the tested Run runs: the same code.
            TestReferenceKinds.LibraryCall, "M:Shop.ICounter.Next",
            "namespace Shop { public interface ICounter { int Next(); } public class Counter : ICounter { private int count; private int Next() => ++count; int ICounter.Next() => Next(); public int Run() => Next() * 2; } }",
            "namespace Shop { public interface ICounter { int Next(); } public class Counter : ICounter { private int count; private int Next() => ++count; int ICounter.Next() => Next(); public int Run() => count * 2; } }",
            "class T { int M() => new Shop.Counter().Run(); }"
        },
        {
            // The params overload is a copy of the overload the tested Scan runs; a body that differs is its own code.
            TestReferenceKinds.LibraryCall, "M:Shop.Registry.Apply(System.String[])",
            "namespace Shop { public class Registry { private readonly System.Collections.Generic.List<string> names = new(); public void Scan() => Apply(new System.Collections.Generic.List<string> { \"a\" }); public void Apply(System.Collections.Generic.IEnumerable<string> items) { foreach (var item in items) { names.Add(item.Trim()); } } public void Apply(params string[] items) { foreach (var item in items) { names.Add(item.Trim()); } } } }",
            "namespace Shop { public class Registry { private readonly System.Collections.Generic.List<string> names = new(); public void Scan() => Apply(new System.Collections.Generic.List<string> { \"a\" }); public void Apply(System.Collections.Generic.IEnumerable<string> items) { foreach (var item in items) { names.Add(item.Trim()); } } public void Apply(params string[] items) { foreach (var item in items) { names.Add(item.ToUpperInvariant()); } } } }",
            "class T { void M() => new Shop.Registry().Scan(); }"
        },
        {
            // A twin differs from its sibling in its own pieces only: one more call is another shape, code of its own.
            TestReferenceKinds.LibraryCall, "M:Shop.Lookup.FindUnsafe(System.String)",
            "namespace Shop { public static class Lookup { private static readonly System.Collections.Generic.Dictionary<string, int> Safe = new(); private static System.Collections.Generic.Dictionary<string, int> Loose; internal static System.Collections.Generic.Dictionary<string, int> TableUnsafe() => Loose ?? throw new System.InvalidOperationException(); public static int Find(string key) { var table = Safe; return table.TryGetValue(key.Trim(), out var found) ? found : -1; } public static int FindUnsafe(string key) { var table = TableUnsafe(); return table.TryGetValue(key.Trim(), out var found) ? found : -1; } public static int CountUnsafe() => TableUnsafe().Count * 2; } }",
            "namespace Shop { public static class Lookup { private static readonly System.Collections.Generic.Dictionary<string, int> Safe = new(); private static System.Collections.Generic.Dictionary<string, int> Loose; internal static System.Collections.Generic.Dictionary<string, int> TableUnsafe() => Loose ?? throw new System.InvalidOperationException(); public static int Find(string key) { var table = Safe; return table.TryGetValue(key.Trim(), out var found) ? found : -1; } public static int FindUnsafe(string key) { var table = TableUnsafe(); return table.TryGetValue(key.Trim().ToUpperInvariant(), out var found) ? found : -1; } public static int CountUnsafe() => TableUnsafe().Count * 2; } }",
            "class T { int M() => Shop.Lookup.Find(\"a\") + Shop.Lookup.CountUnsafe(); }"
        },
        {
            // A row's pair of names (the kind it checks, the field it answers) is a twin of the tested IntValue; another
            // exception is a difference beyond names.
            TestReferenceKinds.LibraryCall, "P:Shop.Value.LongValue",
            "namespace Shop { public enum Kind { Int, Long } public readonly struct Value { private readonly Kind kind; private readonly int intRaw; private readonly long longRaw; public Value(int v) { kind = Kind.Int; intRaw = v; longRaw = 0; } public Value(long v) { kind = Kind.Long; intRaw = 0; longRaw = v; } public int IntValue { get { if (kind == Kind.Int) return intRaw; throw new System.InvalidCastException(); } } public long LongValue { get { if (kind == Kind.Long) return longRaw; throw new System.InvalidCastException(); } } } }",
            "namespace Shop { public enum Kind { Int, Long } public readonly struct Value { private readonly Kind kind; private readonly int intRaw; private readonly long longRaw; public Value(int v) { kind = Kind.Int; intRaw = v; longRaw = 0; } public Value(long v) { kind = Kind.Long; intRaw = 0; longRaw = v; } public int IntValue { get { if (kind == Kind.Int) return intRaw; throw new System.InvalidCastException(); } } public long LongValue { get { if (kind == Kind.Long) return longRaw; throw new System.InvalidOperationException(); } } } }",
            "class T { int M() => new Shop.Value(1).IntValue; }"
        },
        {
            // An enum member compared is the tag of a twin row; handed on, it selects a path of the code it is handed
            // to that no test takes.
            TestReferenceKinds.LibraryCall, "M:Shop.Engine.IsRollback",
            "namespace Shop { public enum Mode { Single, Rollback } public class Engine { private Mode mode; public bool IsSingle() { if (mode == Mode.Single) return true; return Run() > 1; } public bool IsRollback() { if (mode == Mode.Rollback) return true; return Run() > 1; } public int Run() => (int)mode + 1; } }",
            "namespace Shop { public enum Mode { Single, Rollback } public class Engine { private Mode mode; public bool IsSingle() { Use(Mode.Single); return Run() > 1; } public bool IsRollback() { Use(Mode.Rollback); return Run() > 1; } private void Use(Mode value) => mode = value; public int Run() => (int)mode + 1; } }",
            "class T { bool M() => new Shop.Engine().IsSingle(); }"
        },
        {
            // A row of flag properties: the bit a twin tests, a number or a constant compared through its mask, is the row's
            // tag as a compared kind is. A mask answered rather than compared is a value of the member's own.
            TestReferenceKinds.LibraryCall, "P:Shop.Header.IsBackup",
            "namespace Shop { public class Header { public int Flags { get; set; } public bool IsVolume => (Flags & 0x04) != 0; public bool IsBackup => (Flags & 0x20) != 0; } public static class Reader { public static bool Read(Header header) => header.IsVolume; } }",
            "namespace Shop { public class Header { public int Flags { get; set; } public int IsVolume => Flags & 0x04; public int IsBackup => Flags & 0x20; } public static class Reader { public static bool Read(Header header) => header.IsVolume > 0; } }",
            "class T { bool M() => Shop.Reader.Read(new Shop.Header()); }"
        },
        {
            // The same row with named bits (HeaderFlags.CONTINUED_NEXT beside the tested HeaderFlags.FILE_ENCRYPTED).
            TestReferenceKinds.LibraryCall, "P:Shop.Header.IsBackup",
            "namespace Shop { public static class Bits { public const int Volume = 0x04; public const int Backup = 0x20; } public class Header { public int Flags { get; set; } public bool IsVolume => (Flags & Bits.Volume) != 0; public bool IsBackup => (Flags & Bits.Backup) != 0; } public static class Reader { public static bool Read(Header header) => header.IsVolume; } }",
            "namespace Shop { public static class Bits { public const int Volume = 0x04; public const int Backup = 0x20; } public class Header { public int Flags { get; set; } public int IsVolume => Flags & Bits.Volume; public int IsBackup => Flags & Bits.Backup; } public static class Reader { public static bool Read(Header header) => header.IsVolume > 0; } }",
            "class T { bool M() => Shop.Reader.Read(new Shop.Header()); }"
        },
        {
            // A twin reading another field of the instance is the tested sibling's code over the instance's own data;
            // one reading another member of an object it holds returns data that object's code fills, untested.
            TestReferenceKinds.LibraryCall, "P:Shop.Entry.Raw",
            "namespace Shop { public sealed class Header { public int? Attrib; public int? Raw; } public class Entry { private readonly int? attrib; private readonly int? raw; public Entry(int? a, int? r) { attrib = a; raw = r; } public int? Attrib => attrib.HasValue ? (int?)attrib.Value : null; public int? Raw => raw.HasValue ? (int?)raw.Value : null; } }",
            "namespace Shop { public sealed class Header { public int? Attrib; public int? Raw; } public class Entry { private readonly Header header = new Header(); public Entry(int? a, int? r) { header.Attrib = a; header.Raw = r; } public int? Attrib => header.Attrib.HasValue ? (int?)header.Attrib.Value : null; public int? Raw => header.Raw.HasValue ? (int?)header.Raw.Value : null; } }",
            "class T { int? M() => new Shop.Entry(1, 2).Attrib; }"
        },
        {
            // A builder's property that reads and writes the same member of the object it builds is storage; a setter
            // that supplies a default is not.
            TestReferenceKinds.CoveredByType, "P:Shop.ColumnBuilder.IsKey",
            "namespace Shop { public sealed class Column { public string Name { get; set; } public bool? IsKey { get; set; } public string Describe() => Name + IsKey; } public sealed class ColumnBuilder { private Column column = new Column(); private Column Column => column ?? throw new System.InvalidOperationException(); public string Name { get => Column.Name; set => Column.Name = value; } public bool? IsKey { get => Column.IsKey; set => Column.IsKey = value; } public Column Build() { var built = Column; column = null; return built; } } }",
            "namespace Shop { public sealed class Column { public string Name { get; set; } public bool? IsKey { get; set; } public string Describe() => Name + IsKey; } public sealed class ColumnBuilder { private Column column = new Column(); private Column Column => column ?? throw new System.InvalidOperationException(); public string Name { get => Column.Name; set => Column.Name = value; } public bool? IsKey { get => Column.IsKey; set => Column.IsKey = value ?? false; } public Column Build() { var built = Column; column = null; return built; } } }",
            "class T { string M() { var builder = new Shop.ColumnBuilder(); builder.Name = \"a\"; return builder.Build().Describe(); } }"
        },
        {
            // A property kept in a keyed store under its own name is an auto-property written by hand; under another key it is not.
            TestReferenceKinds.CoveredByType, "P:Shop.Settings.Mode",
            "namespace Shop { public class Settings { private readonly System.Collections.Generic.Dictionary<string, object> values = new(); protected T Get<T>(string key) => values.TryGetValue(key, out var v) ? (T)v : default; protected void Set(string key, object value) => values[key] = value; public object Mode { get => Get<object>(nameof(Mode)); set => Set(nameof(Mode), value); } public int Count() => values.Count * 2; } }",
            "namespace Shop { public class Settings { private readonly System.Collections.Generic.Dictionary<string, object> values = new(); protected T Get<T>(string key) => values.TryGetValue(key, out var v) ? (T)v : default; protected void Set(string key, object value) => values[key] = value; public object Mode { get => Get<object>(\"Kind\"); set => Set(\"Kind\", value); } public int Count() => values.Count * 2; } }",
            "class T { int M() => new Shop.Settings().Count(); }"
        },
        {
            // Select(item => item.Value) adapts the argument element by element for the overload the tested Load runs; a
            // lambda that computes is the API's behaviour.
            TestReferenceKinds.LibraryCall, "M:Shop.Config.Apply(System.Collections.Generic.IEnumerable{System.Lazy{System.String}})",
            "using System.Linq; namespace Shop { public class Config { private readonly System.Collections.Generic.List<string> names = new(); public void Apply(System.Collections.Generic.IEnumerable<string> items) { foreach (var item in items) { names.Add(item.Trim()); } } public void Apply(System.Collections.Generic.IEnumerable<System.Lazy<string>> items) { Apply(items.Select(item => item.Value)); } public int Load() { Apply(new[] { \"a\" }); return names.Count; } } }",
            "using System.Linq; namespace Shop { public class Config { private readonly System.Collections.Generic.List<string> names = new(); public void Apply(System.Collections.Generic.IEnumerable<string> items) { foreach (var item in items) { names.Add(item.Trim()); } } public void Apply(System.Collections.Generic.IEnumerable<System.Lazy<string>> items) { Apply(items.Select(item => item.Value.ToUpperInvariant())); } public int Load() { Apply(new[] { \"a\" }); return names.Count; } } }",
            "class T { int M() => new Shop.Config().Load(); }"
        },
        {
            // A loop that hands each element to a tested public API is a per-element forward; one that reshapes the element is not.
            TestReferenceKinds.LibraryCall, "M:Shop.HelpText.AddLines(System.Collections.Generic.IEnumerable{System.String})",
            "namespace Shop { public class HelpText { private readonly System.Text.StringBuilder text = new(); public HelpText AddLine(string line) { text.AppendLine(line.Trim()); return this; } public HelpText AddLines(System.Collections.Generic.IEnumerable<string> lines) { foreach (var line in lines) AddLine(line); return this; } public override string ToString() => text.ToString(); } }",
            "namespace Shop { public class HelpText { private readonly System.Text.StringBuilder text = new(); public HelpText AddLine(string line) { text.AppendLine(line.Trim()); return this; } public HelpText AddLines(System.Collections.Generic.IEnumerable<string> lines) { foreach (var line in lines) AddLine(line.ToUpperInvariant()); return this; } public override string ToString() => text.ToString(); } }",
            "class T { object M() => new Shop.HelpText().AddLine(\"a\"); }"
        },
        {
            TestReferenceKinds.LibraryCall, "M:Shop.HelpText.AddLines(System.Collections.Generic.List{System.String})",
            "namespace Shop { public class HelpText { private readonly System.Text.StringBuilder text = new(); public HelpText AddLine(string line) { text.AppendLine(line.Trim()); return this; } public HelpText AddLines(System.Collections.Generic.List<string> lines) { lines.ForEach(line => AddLine(line)); return this; } } }",
            "namespace Shop { public class HelpText { private readonly System.Text.StringBuilder text = new(); public HelpText AddLine(string line) { text.AppendLine(line.Trim()); return this; } public HelpText AddLines(System.Collections.Generic.List<string> lines) { lines.ForEach(line => { AddLine(line); AddLine(line); }); return this; } } }",
            "class T { object M() => new Shop.HelpText().AddLine(\"a\"); }"
        },
        {
            // A fluent setter counts once code the tests run reads what it assigns: storing a setting nothing reads runs nothing.
            TestReferenceKinds.LibraryCall, "M:Shop.ChartExtensions.HideValues(Shop.Chart)",
            "namespace Shop { public class Chart { public bool ShowValues { get; set; } = true; public string Render() => ShowValues ? \"1\" : \"0\"; } public static class ChartExtensions { public static Chart HideValues(this Chart chart) { System.ArgumentNullException.ThrowIfNull(chart); chart.ShowValues = false; return chart; } } }",
            "namespace Shop { public class Chart { public bool ShowValues { get; set; } = true; public string Render() => \"0\"; } public static class ChartExtensions { public static Chart HideValues(this Chart chart) { System.ArgumentNullException.ThrowIfNull(chart); chart.ShowValues = false; return chart; } } }",
            "class T { string M() => new Shop.Chart().Render(); }"
        },
        {
            // A parameter or a fixed fallback (value ?? fixed) is stored as given; a computed value is the setter's own behaviour.
            TestReferenceKinds.LibraryCall, "M:Shop.Chart.SetLabel(System.String)",
            "namespace Shop { public class Chart { private string label = \"\"; public Chart SetLabel(string text) { label = text ?? \"none\"; return this; } public string Render() => label; } }",
            "namespace Shop { public class Chart { private string label = \"\"; public Chart SetLabel(string text) { label = text.Trim(); return this; } public string Render() => label; } }",
            "class T { string M() => new Shop.Chart().Render(); }"
        },
        {
            // Forwards chain: Collapse hands a fixed value to Expand, a fluent setter whose setting the tested Render reads.
            TestReferenceKinds.LibraryCall, "M:Shop.Node.Collapse",
            "namespace Shop { public class Node { public bool Expanded { get; set; } = true; public Node Collapse() => Expand(false); public Node Expand(bool expanded) { Expanded = expanded; return this; } public string Render() => Expanded ? \"-\" : \"+\"; } }",
            "namespace Shop { public class Node { public bool Expanded { get; set; } = true; public Node Collapse() => Expand(false); public Node Expand(bool expanded) { Expanded = expanded; return this; } public string Render() => \"+\"; } }",
            "class T { string M() => new Shop.Node().Render(); }"
        },
        {
            // A fixed value handed to a public API is a choice its tests make; handed to a hidden helper it selects a
            // path only this member takes.
            TestReferenceKinds.LibraryCall, "M:Shop.Client.OpenRead(System.String)",
            "namespace Shop { public class Client { public string OpenWrite(string path) => Open(path, true); public string OpenRead(string path) => Open(path, false); public string Open(string path, bool write) => write ? \"w:\" + path : \"r:\" + path; } }",
            "namespace Shop { public class Client { public string OpenWrite(string path) => Open(path, true); public string OpenRead(string path) => Open(path, false); private string Open(string path, bool write) => write ? \"w:\" + path : \"r:\" + path; } }",
            "class T { string M() => new Shop.Client().OpenWrite(\"a\"); }"
        },
        {
            // A forward on the instance counts; a call on what the instance holds is an operation of its own on that state.
            TestReferenceKinds.LibraryCall, "M:Shop.Registry.Without(System.Type)",
            "namespace Shop { public class TypeList { private readonly System.Collections.Generic.List<System.Type> types = new(); public bool Remove(System.Type type) => types.Remove(type); } public class Registry { private readonly TypeList items = new(); public bool Remove(System.Type type) => items.Remove(type); public Registry Without(System.Type type) { if (type == null) throw new System.ArgumentNullException(nameof(type)); Remove(type); return this; } } }",
            "namespace Shop { public class TypeList { private readonly System.Collections.Generic.List<System.Type> types = new(); public bool Remove(System.Type type) => types.Remove(type); } public class Registry { private readonly TypeList items = new(); public bool Remove(System.Type type) => items.Remove(type); public Registry Without(System.Type type) { if (type == null) throw new System.ArgumentNullException(nameof(type)); items.Remove(type); return this; } } }",
            "class T { bool M() => new Shop.Registry().Remove(typeof(int)); }"
        },
        {
            // A public target also takes an instance a public constructor makes of the parameters (IsSevenZipFile(new
            // FileInfo(filePath))): that constructor stands for itself. A hidden one is code of the member's own.
            TestReferenceKinds.LibraryCall, "M:Shop.Archive.IsZipPath(System.String)",
            "namespace Shop { public sealed class FileCheck { public FileCheck(string path) { Path = path; } public string Path { get; } } public static class Archive { public static bool IsZip(FileCheck file) => file != null && file.Path.EndsWith(\".zip\", System.StringComparison.Ordinal); public static bool IsZipPath(string path) => IsZip(new FileCheck(path)); } }",
            "namespace Shop { public sealed class FileCheck { internal FileCheck(string path) { Path = path; } public string Path { get; } } public static class Archive { public static bool IsZip(FileCheck file) => file != null && file.Path.EndsWith(\".zip\", System.StringComparison.Ordinal); public static bool IsZipPath(string path) => IsZip(new FileCheck(path)); } }",
            "class T { bool M() => Shop.Archive.IsZip(null); }"
        },
        {
            // An instance made without arguments is a fixed value (builder.Satisfies(new FileExistsAttribute())); one made
            // of a computed value is not.
            TestReferenceKinds.LibraryCall, "M:Shop.Rules.MustExist(Shop.Builder)",
            "namespace Shop { public class Rule { public virtual bool Check(string v) => v.Length > 0; } public sealed class ExistsRule : Rule { public override bool Check(string v) => System.IO.File.Exists(v); } public sealed class Builder { public int Count; } public static class Rules { public static Builder Satisfies(this Builder builder, Rule rule) { builder.Count += rule.GetHashCode() > 0 ? 1 : 2; return builder; } public static Builder MustExist(this Builder builder) => builder.Satisfies(new ExistsRule()); } }",
            "namespace Shop { public class Rule { public Rule(int weight) { Weight = weight; } public int Weight { get; } public virtual bool Check(string v) => v.Length > Weight; } public sealed class ExistsRule : Rule { public ExistsRule(int weight) : base(weight) { } public override bool Check(string v) => System.IO.File.Exists(v); } public sealed class Builder { public int Count; } public static class Rules { public static Builder Satisfies(this Builder builder, Rule rule) { builder.Count += rule.GetHashCode() > 0 ? 1 : 2; return builder; } public static Builder MustExist(this Builder builder) => builder.Satisfies(new ExistsRule(builder.Count * 2)); } }",
            "class T { object M() => new Shop.Builder().Satisfies(null); }"
        },
        {
            // An array of the parameters is the values handed on in the target's form (Aggregate<T>("avg", new[] { column }));
            // an array of computed values is not.
            TestReferenceKinds.LibraryCall, "M:Shop.Report.Average(System.String)",
            "namespace Shop { public static class Report { public static string Aggregate(string operation, string[] columns) => operation + \"(\" + string.Join(\",\", columns) + \")\"; public static string Average(string column) => Aggregate(\"avg\", new[] { column }); } }",
            "namespace Shop { public static class Report { public static string Aggregate(string operation, string[] columns) => operation + \"(\" + string.Join(\",\", columns) + \")\"; public static string Average(string column) => Aggregate(\"avg\", new[] { column.ToUpperInvariant() }); } }",
            "class T { string M() => Shop.Report.Aggregate(\"sum\", new[] { \"a\" }); }"
        },
        {
            // A static facade hands its work to the instance its type keeps in a static readonly field
            // (ExcelImporter.GetSheetNamesAsync(path, cancellationToken)); a static field the type may change is state.
            TestReferenceKinds.LibraryCall, "M:Shop.Excel.Rows(System.String)",
            "namespace Shop { public sealed class Importer { public int CountRows(string path) => path.Split('\\n').Length; } public static class Excel { private static readonly Importer Reader = new Importer(); public static int Rows(string path) => Reader.CountRows(path); } }",
            "namespace Shop { public sealed class Importer { public int CountRows(string path) => path.Split('\\n').Length; } public static class Excel { private static Importer Reader = new Importer(); public static void Use(Importer importer) => Reader = importer; public static int Rows(string path) => Reader.CountRows(path); } }",
            "class T { int M() => new Shop.Importer().CountRows(\"a\"); }"
        },
        {
            // ... or in a static delegate its type keeps, invoked without arguments (ClientFactory().Enqueue(methodCall)); a
            // factory given a parameter computes the instance from it (CreateQueryFactory(query).Exists(query, ...)).
            TestReferenceKinds.LibraryCall, "M:Shop.Jobs.Send(System.String)",
            "namespace Shop { public class Client { public string Post(string message) => \"sent:\" + message; } public static class Jobs { internal static System.Func<Client> Factory { get; set; } = () => new Client(); public static string Send(string message) => Factory().Post(message); } }",
            "namespace Shop { public class Client { public string Post(string message) => \"sent:\" + message; } public static class Jobs { internal static Client Make(string message) => message.Length > 0 ? new Client() : null; public static string Send(string message) => Make(message).Post(message); } }",
            "class T { string M() => new Shop.Client().Post(\"a\"); }"
        },
        {
            // A facade of the same operation on another type (BackgroundJob.ContinueJobWith over the extension
            // ContinueJobWith) is left to its untested target's finding; a forward to a member of another name is a step
            // of another operation and is reported.
            TestReferenceKinds.LibraryCall, "M:Shop.Jobs.Continue(System.String)",
            "namespace Shop { public interface IClient { string Name { get; } } public static class ClientExtensions { public static string Continue(this IClient client, string parentId) => client.Name + \"/\" + parentId; } public static class Jobs { internal static System.Func<IClient> Factory { get; set; } public static string Continue(string parentId) => Factory().Continue(parentId); } }",
            "namespace Shop { public interface IClient { string Name { get; } } public static class ClientExtensions { public static string Resume(this IClient client, string parentId) => client.Name + \"/\" + parentId; } public static class Jobs { internal static System.Func<IClient> Factory { get; set; } public static string Continue(string parentId) => Factory().Resume(parentId); } }",
            "class T { }"
        },
        {
            // A script alias that builds a runner from what its context holds and hands its parameters to the runner's
            // method (var runner = new GitVersionRunner(context.FileSystem, ...); return runner.Run(settings);) runs where
            // that method and constructor do; a runner built from a computed value is code of the alias's own.
            TestReferenceKinds.LibraryCall, "M:Shop.MergeAliases.MergeAll(Shop.IContext,System.String,System.String[])",
            "namespace Shop { public interface IFileSystem { } public interface IContext { IFileSystem FileSystem { get; } string Root { get; } } public sealed class MergeRunner { public MergeRunner(IFileSystem fileSystem, string root) { FileSystem = fileSystem; Root = root; } public IFileSystem FileSystem { get; } public string Root { get; } public string Merge(string output, string[] inputs) => Root + \"/\" + output + \":\" + string.Join(\",\", inputs); } public static class MergeAliases { public static string MergeAll(this IContext context, string output, string[] inputs) { if (context == null) throw new System.ArgumentNullException(nameof(context)); var runner = new MergeRunner(context.FileSystem, context.Root); return runner.Merge(output, inputs); } } }",
            "namespace Shop { public interface IFileSystem { } public interface IContext { IFileSystem FileSystem { get; } string Root { get; } } public sealed class MergeRunner { public MergeRunner(IFileSystem fileSystem, string root) { FileSystem = fileSystem; Root = root; } public IFileSystem FileSystem { get; } public string Root { get; } public string Merge(string output, string[] inputs) => Root + \"/\" + output + \":\" + string.Join(\",\", inputs); } public static class MergeAliases { public static string MergeAll(this IContext context, string output, string[] inputs) { if (context == null) throw new System.ArgumentNullException(nameof(context)); var runner = new MergeRunner(context.FileSystem, context.Root.Trim()); return runner.Merge(output, inputs); } } }",
            "class T { string M() => new Shop.MergeRunner(null, \"r\").Merge(\"o\", new string[0]); }"
        },
        {
            // A same-name facade through a configuration callback (CakeHost.UseLifetime<T>() => host.ConfigureServices(s =>
            // s.UseLifetime<T>())) is one gap with the untested callback target, reported there; a callback to a member
            // of another name is an operation of its own and is reported.
            TestReferenceKinds.LibraryCall, "M:Shop.HostExtensions.UseLifetime``1(Shop.Host)",
            "namespace Shop { public sealed class Services { public System.Collections.Generic.List<System.Type> Types { get; } = new(); } public static class ServiceExtensions { public static Services UseLifetime<T>(this Services services) { services.Types.Remove(typeof(T)); services.Types.Add(typeof(T)); return services; } public static Services AddLifetime<T>(this Services services) { services.Types.Add(typeof(T)); return services; } } public sealed class Host { private readonly Services services = new(); public Host ConfigureServices(System.Action<Services> configure) { configure(services); return this; } } public static class HostExtensions { public static Host UseLifetime<T>(this Host host) => host.ConfigureServices(s => s.UseLifetime<T>()); } }",
            "namespace Shop { public sealed class Services { public System.Collections.Generic.List<System.Type> Types { get; } = new(); } public static class ServiceExtensions { public static Services UseLifetime<T>(this Services services) { services.Types.Remove(typeof(T)); services.Types.Add(typeof(T)); return services; } public static Services AddLifetime<T>(this Services services) { services.Types.Add(typeof(T)); return services; } } public sealed class Host { private readonly Services services = new(); public Host ConfigureServices(System.Action<Services> configure) { configure(services); return this; } } public static class HostExtensions { public static Host UseLifetime<T>(this Host host) => host.ConfigureServices(s => s.AddLifetime<T>()); } }",
            "class T { object M() => new Shop.Host().ConfigureServices(null); }"
        },
        {
            // An overload may fill in an options object set from its parameters (new FileSystemScriptOptions { Filter =
            // filter }) for a public target; one set to a computed value is a choice of its own.
            TestReferenceKinds.LibraryCall, "M:Shop.Setup.FromFolder(System.String,System.String)",
            "namespace Shop { public sealed class Options { public string Pattern { get; set; } = \"*\"; } public sealed class Provider { public Provider(string path, Options options) { Path = path + \"/\" + options.Pattern; } public string Path { get; } } public static class Setup { public static string Use(Provider provider) => provider.Path; public static string FromFolder(string path, string pattern) => Use(new Provider(path, new Options { Pattern = pattern })); } }",
            "namespace Shop { public sealed class Options { public string Pattern { get; set; } = \"*\"; } public sealed class Provider { public Provider(string path, Options options) { Path = path + \"/\" + options.Pattern; } public string Path { get; } } public static class Setup { public static string Use(Provider provider) => provider.Path; public static string FromFolder(string path, string pattern) => Use(new Provider(path, new Options { Pattern = pattern.ToUpperInvariant() })); } }",
            "class T { string M() => Shop.Setup.Use(new Shop.Provider(\"a\", new Shop.Options())); }"
        },
        {
            // ... as the settings of a constructor the forward makes; handed to the target itself, an object set from the
            // parameters is data the target files away for later (AddComponent("group", new RawColumn { Expression =
            // expression })), which the member chooses.
            TestReferenceKinds.LibraryCall, "M:Shop.Setup.FromFolder(System.String,System.String)",
            "namespace Shop { public sealed class Options { public string Pattern { get; set; } = \"*\"; } public sealed class Provider { public Provider(string path, Options options) { Path = path + \"/\" + options.Pattern; } public string Path { get; } } public static class Setup { public static string Use(Provider provider) => provider.Path; public static string Configure(Options options) => options.Pattern; public static string FromFolder(string path, string pattern) => Use(new Provider(path, new Options { Pattern = pattern })); } }",
            "namespace Shop { public sealed class Options { public string Pattern { get; set; } = \"*\"; } public sealed class Provider { public Provider(string path, Options options) { Path = path + \"/\" + options.Pattern; } public string Path { get; } } public static class Setup { public static string Use(Provider provider) => provider.Path; public static string Configure(Options options) => options.Pattern; public static string FromFolder(string path, string pattern) => Configure(new Options { Pattern = pattern }); } }",
            "class T { string M() => Shop.Setup.Use(new Shop.Provider(\"a\", new Shop.Options())) + Shop.Setup.Configure(new Shop.Options()); }"
        },
        {
            // A lambda that does nothing is the fixed value of a delegate parameter (ForQueue(queue, handler, _ => { }));
            // one with a statement is code of the member's own.
            TestReferenceKinds.LibraryCall, "M:Shop.Consumer.Consume(System.String)",
            "namespace Shop { public sealed class Settings { public int Prefetch { get; set; } } public sealed class Consumer { public string Subscribe(string queue, System.Action<Settings> configure) { var settings = new Settings(); configure(settings); return queue + settings.Prefetch; } public string Consume(string queue) => Subscribe(queue, _ => { }); } }",
            "namespace Shop { public sealed class Settings { public int Prefetch { get; set; } } public sealed class Consumer { public string Subscribe(string queue, System.Action<Settings> configure) { var settings = new Settings(); configure(settings); return queue + settings.Prefetch; } public string Consume(string queue) => Subscribe(queue, s => { s.Prefetch = 50; }); } }",
            "class T { string M() => new Shop.Consumer().Subscribe(\"q\", null); }"
        },
        {
            // So is a lambda that tests its element against fixed values with another package's member, the default filter
            // of an overload (s => s.EndsWith(".sql", StringComparison.OrdinalIgnoreCase)); one that calls the library is not.
            TestReferenceKinds.LibraryCall, "M:Shop.Setup.Embedded(System.String)",
            "namespace Shop { public sealed class Provider { public Provider(string name, System.Func<string, bool> filter) { Name = filter(name) ? name : \"\"; } public string Name { get; } } public static class Names { public static bool IsScript(string s) => s.Length > 4; } public static class Setup { public static string Use(Provider provider) => provider.Name; public static string Embedded(string name) => Use(new Provider(name, s => s.EndsWith(\".sql\", System.StringComparison.OrdinalIgnoreCase))); } }",
            "namespace Shop { public sealed class Provider { public Provider(string name, System.Func<string, bool> filter) { Name = filter(name) ? name : \"\"; } public string Name { get; } } public static class Names { public static bool IsScript(string s) => s.Length > 4; } public static class Setup { public static string Use(Provider provider) => provider.Name; public static string Embedded(string name) => Use(new Provider(name, s => Names.IsScript(s))); } }",
            "class T { string M() => Shop.Setup.Use(new Shop.Provider(\"a\", _ => true)); }"
        },
        {
            // The constructor that makes such a default must run, that very overload: one that only fills in defaults for
            // a constructor that runs does (each parameter handed on once); one that hands a parameter on for two roles
            // (: this(name, filter, filter, depth)) makes a choice of its own, which no test creating the type with two
            // arguments runs.
            TestReferenceKinds.LibraryCall, "M:Shop.Setup.Embedded(System.String,System.Int32)",
            "namespace Shop { public sealed class Provider { public Provider(string name, System.Func<string, bool> filter) : this(name, filter, null, 0) { } public Provider(string name, System.Func<string, bool> filter, int depth) : this(name, filter, null, depth) { } public Provider(string name, System.Func<string, bool> filter, System.Func<string, bool> codeFilter, int depth) { Name = filter(name) && (codeFilter ?? filter)(name) ? name + depth : \"\"; } public string Name { get; } } public static class Setup { public static string Use(Provider provider) => provider.Name; public static string Embedded(string name, int depth) => Use(new Provider(name, s => s.EndsWith(\".sql\", System.StringComparison.OrdinalIgnoreCase), depth)); } }",
            "namespace Shop { public sealed class Provider { public Provider(string name, System.Func<string, bool> filter) : this(name, filter, null, 0) { } public Provider(string name, System.Func<string, bool> filter, int depth) : this(name, filter, filter, depth) { } public Provider(string name, System.Func<string, bool> filter, System.Func<string, bool> codeFilter, int depth) { Name = filter(name) && (codeFilter ?? filter)(name) ? name + depth : \"\"; } public string Name { get; } } public static class Setup { public static string Use(Provider provider) => provider.Name; public static string Embedded(string name, int depth) => Use(new Provider(name, s => s.EndsWith(\".sql\", System.StringComparison.OrdinalIgnoreCase), depth)); } }",
            "class T { string M() => Shop.Setup.Use(new Shop.Provider(\"a\", _ => true)); }"
        },
        {
            // A factory lambda that creates a public type of the library from the parameters and what it resolves
            // (configurer.Register(c => new FileStorage(path, c.Get<ILog>())), a registration of a type the tests run);
            // one that computes the type's arguments (System.IO.Path.GetFullPath(path)) is code of its own.
            TestReferenceKinds.LibraryCall, "M:Shop.StorageConfig.UseFiles(Shop.Configurer,System.String)",
            "namespace Shop { public interface ILog { } public sealed class FileStorage { public FileStorage(string path, ILog log) { Path = path; Log = log; } public string Path { get; } public ILog Log { get; } } public sealed class Context { public T Get<T>() => default; } public sealed class Configurer { private System.Func<Context, FileStorage> factory; public void Register(System.Func<Context, FileStorage> create) => factory = create; public FileStorage Build() => factory(new Context()); } public static class StorageConfig { public static void UseFiles(this Configurer configurer, string path) { if (configurer == null) throw new System.ArgumentNullException(nameof(configurer)); configurer.Register(c => new FileStorage(path, c.Get<ILog>())); } } }",
            "namespace Shop { public interface ILog { } public sealed class FileStorage { public FileStorage(string path, ILog log) { Path = path; Log = log; } public string Path { get; } public ILog Log { get; } } public sealed class Context { public T Get<T>() => default; } public sealed class Configurer { private System.Func<Context, FileStorage> factory; public void Register(System.Func<Context, FileStorage> create) => factory = create; public FileStorage Build() => factory(new Context()); } public static class StorageConfig { public static void UseFiles(this Configurer configurer, string path) { if (configurer == null) throw new System.ArgumentNullException(nameof(configurer)); configurer.Register(c => new FileStorage(System.IO.Path.GetFullPath(path), c.Get<ILog>())); } } }",
            "class T { object M(Shop.Configurer c) { c.Register(null); return new Shop.FileStorage(\"p\", null); } }"
        },
        {
            // A builder's method that queues the same operation for the object it configures
            // (_configurationActions.Add(r => r.MapFallback(address)); return this;) is that operation, deferred, once
            // tested code reads the queue: here left to the finding of the untested Router.MapFallback, as a facade of the
            // same operation is; one that queues a member of another name is an operation of its own.
            TestReferenceKinds.LibraryCall, "M:Shop.RouterBuilder.MapFallback(System.String)",
            "namespace Shop { public sealed class Router { public string Fallback { get; private set; } public string Route { get; private set; } public void MapFallback(string address) => Fallback = address.Trim(); public void Map(string address) => Route = address.Trim(); } public sealed class RouterBuilder { private readonly System.Collections.Generic.List<System.Action<Router>> actions = new(); public RouterBuilder Map(string address) { actions.Add(r => r.Map(address)); return this; } public RouterBuilder MapFallback(string address) { if (address == null) throw new System.ArgumentNullException(nameof(address)); actions.Add(r => r.MapFallback(address)); return this; } public Router Build() { var router = new Router(); foreach (var action in actions) { action(router); } return router; } } }",
            "namespace Shop { public sealed class Router { public string Fallback { get; private set; } public string Route { get; private set; } public void SetDefault(string address) => Fallback = address.Trim(); public void MapFallback(string address) => Fallback = address.Trim(); public void Map(string address) => Route = address.Trim(); } public sealed class RouterBuilder { private readonly System.Collections.Generic.List<System.Action<Router>> actions = new(); public RouterBuilder Map(string address) { actions.Add(r => r.Map(address)); return this; } public RouterBuilder MapFallback(string address) { if (address == null) throw new System.ArgumentNullException(nameof(address)); actions.Add(r => r.SetDefault(address)); return this; } public Router Build() { var router = new Router(); foreach (var action in actions) { action(router); } return router; } } }",
            "class T { object M() => new Shop.RouterBuilder().Map(\"a\").Build(); }"
        },
        {
            // A row may hand its helper an instance made without arguments (builder.Satisfies(new FileExistsAttribute(),
            // errorMessage) beside the tested EmailAddress row); an instance made of a number selects a path of its own.
            TestReferenceKinds.TableRow, "M:Shop.Rules.ExistingFile(Shop.Builder,System.String)",
            "namespace Shop { public abstract class Check { public string Message; public abstract bool Valid(string v); } public sealed class EmailCheck : Check { public override bool Valid(string v) => v.Contains('@'); } public sealed class FileCheck : Check { public override bool Valid(string v) => System.IO.File.Exists(v); } public sealed class Builder { public System.Collections.Generic.List<Check> Checks = new(); } public static class Rules { public static Builder Email(this Builder builder, string message = null) => builder.Satisfies(new EmailCheck(), message); public static Builder ExistingFile(this Builder builder, string message = null) => builder.Satisfies(new FileCheck(), message); private static Builder Satisfies(this Builder builder, Check check, string message) { if (message != null) { check.Message = message; } builder.Checks.Add(check); return builder; } } }",
            "namespace Shop { public abstract class Check { public string Message; public abstract bool Valid(string v); } public sealed class EmailCheck : Check { public override bool Valid(string v) => v.Contains('@'); } public sealed class FileCheck : Check { public FileCheck(int depth) { Depth = depth; } public int Depth { get; } public override bool Valid(string v) => System.IO.File.Exists(v) && Depth > 0; } public sealed class Builder { public System.Collections.Generic.List<Check> Checks = new(); } public static class Rules { public static Builder Email(this Builder builder, string message = null) => builder.Satisfies(new EmailCheck(), message); public static Builder ExistingFile(this Builder builder, string message = null) => builder.Satisfies(new FileCheck(2), message); private static Builder Satisfies(this Builder builder, Check check, string message) { if (message != null) { check.Message = message; } builder.Checks.Add(check); return builder; } } }",
            "class T { object M() => new Shop.Builder().Email(); }"
        },
        {
            TestReferenceKinds.ImplementedContract, "M:Shop.ICodec.Decode(System.String)",
            "namespace Shop { public interface ICodec { string Decode(string hash); } public class Codec : ICodec { public string Decode(string hash) => hash.Trim(); } }",
            "namespace Shop { public interface ICodec { string Decode(string hash); } internal class Codec : ICodec { public string Decode(string hash) => hash.Trim(); } }",
            "class T { }"
        },
        {
            TestReferenceKinds.ImplementedContract, "P:Shop.IFaker.LocalSeed",
            "namespace Shop { public interface IFaker { int? LocalSeed { get; } } public class Faker : IFaker { private int? seed; int? IFaker.LocalSeed => seed; } }",
            "namespace Shop { public interface IFaker { int? LocalSeed { get; } } public class Faker : IFaker { private int? seed; int? IFaker.LocalSeed => seed ?? System.Environment.TickCount; } }",
            "class T { }"
        },
        {
            TestReferenceKinds.CoveredByType, "M:Shop.Range.#ctor(System.Int32,System.Int32)",
            "namespace Shop { public class Range { private readonly int end; public Range(int start, int end) { Start = start; this.end = end; } public int Start { get; } public int Length() => end - Start; } }",
            "namespace Shop { public class Range { private readonly int end; public Range(int start, int end) { if (end < start) { throw new System.ArgumentException(nameof(end)); } Start = start; this.end = end; } public int Start { get; } public int Length() => end - Start; } }",
            "class T { int M(Shop.Range range) => range.Length(); }"
        },
        {
            TestReferenceKinds.CoveredByType, "M:Shop.ParseException.#ctor(System.String)",
            "namespace Shop { public class ParseException : System.Exception { public ParseException(string message) : base(message) { } public int Line() => Message.Length; } }",
            "namespace Shop { public class ParseException : System.Exception { public ParseException(string message) : base(\"Parse failed: \" + message) { } public int Line() => Message.Length; } }",
            "class T { int M(Shop.ParseException e) => e.Line(); }"
        },
        {
            TestReferenceKinds.CoveredByType, "M:Shop.Inspector.#ctor(System.String)",
            "namespace Shop { public class Inspector { private readonly string resolver; private readonly bool all; public Inspector(string resolver) : this(resolver, false) { } public Inspector(string resolver, bool all) { this.resolver = resolver; this.all = all; } public int Count() => all ? 2 : resolver.Length; } }",
            "namespace Shop { public class Inspector { private readonly string resolver; private readonly bool all; public Inspector(string resolver) : this(resolver.Trim(), false) { } public Inspector(string resolver, bool all) { this.resolver = resolver; this.all = all; } public int Count() => all ? 2 : resolver.Length; } }",
            "class T { int M(Shop.Inspector inspector) => inspector.Count(); }"
        },
        {
            TestReferenceKinds.CoveredByType, "M:Shop.MediaLinks.#ctor",
            "namespace Shop { public class MediaOptions { public int Width { get; set; } } public class MediaLinks { public MediaLinks() : this(new MediaOptions()) { } public MediaLinks(MediaOptions options) { Options = options; } public MediaOptions Options { get; } public int Render() => Options.Width * 2; } }",
            "namespace Shop { public class MediaOptions { public int Width { get; set; } public static MediaOptions Load() => new MediaOptions { Width = 3 }; } public class MediaLinks { public MediaLinks() : this(MediaOptions.Load()) { } public MediaLinks(MediaOptions options) { Options = options; } public MediaOptions Options { get; } public int Render() => Options.Width * 2; } }",
            "class T { int M(Shop.MediaLinks links) => links.Render(); }"
        },
        {
            TestReferenceKinds.CoveredByType, "M:Shop.ListInfo.#ctor(System.Char)",
            "namespace Shop { public struct ListInfo { public ListInfo(char bullet) { Bullet = bullet; Source = string.Empty; } public char Bullet { get; } public string Source { get; } public bool IsOrdered() => char.IsDigit(Bullet); } }",
            "namespace Shop { public struct ListInfo { public ListInfo(char bullet) { Bullet = bullet; Source = bullet.ToString(); } public char Bullet { get; } public string Source { get; } public bool IsOrdered() => char.IsDigit(Bullet); } }",
            "class T { bool M(Shop.ListInfo info) => info.IsOrdered(); }"
        },
        {
            TestReferenceKinds.CoveredByType, "M:Shop.Chars.IsZero(System.Char)",
            "namespace Shop { public static class Chars { public static bool IsZero(this char c) => c == '\\0'; public static bool IsSpaceOrTab(this char c) => c is ' ' or '\\t'; } }",
            "namespace Shop { public static class Chars { public static bool IsZero(this char c) => c == '\\0' || c == '0'; public static bool IsSpaceOrTab(this char c) => c is ' ' or '\\t'; } }",
            "class T { bool M() => 'a'.IsSpaceOrTab(); }"
        },
        {
            TestReferenceKinds.CoveredByType, "M:Shop.Span.MoveForward(System.Int32)",
            "namespace Shop { public readonly struct Span { public Span(int start, int end) { Start = start; End = end; } public int Start { get; } public int End { get; } public int Length() => System.Math.Max(0, End - Start + 1); public Span MoveForward(int count) => new Span(Start + count, End + count); } }",
            "namespace Shop { public readonly struct Span { public Span(int start, int end) { Start = start; End = end; } public int Start { get; } public int End { get; } public int Length() => System.Math.Max(0, End - Start + 1); public Span MoveForward(int count) => new Span(Start * count, End * count); } }",
            "class T { int M() => new Shop.Span(1, 2).Length(); }"
        },
        {
            TestReferenceKinds.CoveredByType, "M:Shop.Renderer.WriteRange(System.String,System.Int32,System.Int32)",
            "namespace Shop { public class Renderer { private readonly System.Text.StringBuilder output = new(); public Renderer WriteEscape(string content) { output.Append(content.Replace(\"<\", \"&lt;\")); return this; } public Renderer WriteRange(string content, int offset, int length) { WriteEscape(content.Substring(offset, length)); return this; } } }",
            "namespace Shop { public class Renderer { private readonly System.Text.StringBuilder output = new(); public Renderer WriteEscape(string content) { output.Append(content.Replace(\"<\", \"&lt;\")); return this; } public Renderer WriteRange(string content, int offset, int length) { WriteEscape(content.Substring(offset, length).Trim()); return this; } } }",
            "class T { object M() => new Shop.Renderer().WriteEscape(\"<\"); }"
        },
        {
            TestReferenceKinds.ScriptName, "M:Shop.StringFunctions.ToLong(System.String)",
            "namespace Shop { public class StringFunctions { public static long ToLong(string s) => s.Length > 9 ? 0 : long.Parse(s); public static string Downcase(string s) => s.ToLowerInvariant(); } public static class Template { public static int Render(string text) { var functions = new StringFunctions(); return functions.GetType().GetMethods().Length + text.Length; } } }",
            "namespace Shop { public class StringFunctions { public static long ToLong(string s) => s.Length > 9 ? 0 : long.Parse(s); } public static class Template { public static int Render(string text) { var functions = new StringFunctions(); return functions.GetHashCode() + text.Length; } } }",
            "class T { int M() => Shop.Template.Render(\"{{ '7' | string.to_long }}\"); }"
        },
        {
            TestReferenceKinds.CoveredByType, "P:Shop.ScriptArray.CanTransform",
            "namespace Shop { public class ScriptArray { public virtual bool CanTransform => true; public int Count() => System.Environment.TickCount % 7; } }",
            "namespace Shop { public class ScriptArray { public virtual bool CanTransform => System.Environment.TickCount > 0; public int Count() => System.Environment.TickCount % 7; } }",
            "class T { int M() => new Shop.ScriptArray().Count(); }"
        },
        {
            TestReferenceKinds.CoveredByType, "M:Shop.Accessor.Names",
            "namespace Shop { public class Accessor { public System.Collections.Generic.IEnumerable<string> Names() { yield return \"size\"; } public int Count() => System.Environment.TickCount % 7; } }",
            "namespace Shop { public class Accessor { public System.Collections.Generic.IEnumerable<string> Names() { yield return System.Environment.MachineName; } public int Count() => System.Environment.TickCount % 7; } }",
            "class T { int M() => new Shop.Accessor().Count(); }"
        },
        {
            TestReferenceKinds.CoveredByType, "P:Shop.Client.LocalEndPoint",
            "namespace Shop { public class Stream { public string Name => System.Environment.MachineName; } public class Client { private Stream stream = new Stream(); public string LocalEndPoint => stream?.Name; public int Count() => System.Environment.TickCount % 7; } }",
            "namespace Shop { public class Stream { public string Name => System.Environment.MachineName; } public class Client { private Stream stream = new Stream(); public string LocalEndPoint => stream?.Name.Trim(); public int Count() => System.Environment.TickCount % 7; } }",
            "class T { int M() => new Shop.Client().Count(); }"
        },
        {
            TestReferenceKinds.CoveredByType, "P:Shop.JsonReader.Position",
            "namespace Shop { internal class Tokenizer { public long Position { get; private set; } } public class JsonReader { private readonly Tokenizer tokenizer = new Tokenizer(); public long Position { get { return tokenizer.Position; } } public int Count() => System.Environment.TickCount % 7; } }",
            "namespace Shop { internal class Tokenizer { public long Position => System.Environment.TickCount; } public class JsonReader { private readonly Tokenizer tokenizer = new Tokenizer(); public long Position { get { return tokenizer.Position; } } public int Count() => System.Environment.TickCount % 7; } }",
            "class T { int M() => new Shop.JsonReader().Count(); }"
        },
        {
            TestReferenceKinds.CoveredByType, "M:Shop.Query`1.SingleOrDefault",
            "using System.Linq; namespace Shop { public class Query<T> { public System.Collections.Generic.IEnumerable<T> ToEnumerable() => new T[System.Environment.TickCount % 3]; public T SingleOrDefault() { return this.ToEnumerable().SingleOrDefault(); } } }",
            "using System.Linq; namespace Shop { public class Query<T> { public System.Collections.Generic.IEnumerable<T> ToEnumerable() => new T[System.Environment.TickCount % 3]; public T SingleOrDefault() { return this.ToEnumerable().Skip(1).SingleOrDefault(); } } }",
            "class T { object M() => new Shop.Query<int>().ToEnumerable(); }"
        },
        {
            TestReferenceKinds.CoveredByType, "M:Shop.Rule.#ctor",
            "namespace Shop { public class Rule { public Rule() { } public virtual bool IsAllowed(string path) => path.Length > System.Environment.TickCount; } }",
            "namespace Shop { public class Rule { public Rule() { System.Console.WriteLine(); } public virtual bool IsAllowed(string path) => path.Length > System.Environment.TickCount; } }",
            "class T { bool M(Shop.Rule rule) => rule.IsAllowed(\"a\"); }"
        },
        {
            TestReferenceKinds.CoveredByType, "P:Shop.IVisitorContext.Depth",
            "namespace Shop { public interface IVisitorContext { int Depth { get; } } public static class Visitor { public static int Visit(object context) => context.GetHashCode(); } }",
            "namespace Shop { public interface IVisitorContext { int Depth { get; } } internal class Context : IVisitorContext { public int Depth => System.Environment.TickCount % 7; } public static class Visitor { public static int Visit(IVisitorContext context) => context.Depth; } }",
            "class T { }"
        },
        {
            // The same operator over its own comparison of a field is code of its own, whatever CompareTo's tests do.
            TestReferenceKinds.CompanionOperator, "M:Shop.Position.op_LessThanOrEqual(Shop.Position,Shop.Position)",
            "namespace Shop { public readonly struct Position { public Position(int line) { Line = line; } public int Line { get; } public int CompareTo(Position other) => Line.CompareTo(other.Line); public static bool operator <=(Position left, Position right) => !(right.CompareTo(left) < 0); } }",
            "namespace Shop { public readonly struct Position { public Position(int line) { Line = line; } public int Line { get; } public int CompareTo(Position other) => Line.CompareTo(other.Line); public static bool operator <=(Position left, Position right) => left.Line <= right.Line; } }",
            "class T { int M() => new Shop.Position(1).CompareTo(new Shop.Position(2)); }"
        },
        {
            // A class of string keys (queue arguments another system defines) is not a test gap; a class of numeric
            // constants, which may be computed from one another, is.
            TestReferenceKinds.KeysAndData, "F:Shop.OverflowModes.DropHead",
            "namespace Shop { public static class OverflowModes { public const string DropHead = \"drop-head\"; public const string RejectPublish = \"reject-publish\"; } }",
            "namespace Shop { public static class OverflowModes { public const int DropHead = 1; public const int RejectPublish = DropHead * 2; } }",
            "class T { }"
        },
        {
            // An entry point that hands out an empty marker for other packages' extension methods; one whose instance
            // holds a value of its own is reported.
            TestReferenceKinds.KeysAndData, "P:Shop.DropDatabase.For",
            "namespace Shop { public class SupportedDatabases { } public static class DropDatabase { public static SupportedDatabases For { get; } = new(); } }",
            "namespace Shop { public class SupportedDatabases { public int Count { get; set; } } public static class DropDatabase { public static SupportedDatabases For { get; } = new(); } }",
            "class T { }"
        },
        {
            // A struct that only holds what its constructor is given, handed out by an untested library method: that
            // method is the gap. A constructor that sets a value of its own (a default the type decides) is checked by a test of the type.
            TestReferenceKinds.KeysAndData, "P:Shop.QueueStats.Messages",
            "namespace Shop { public readonly struct QueueStats { public QueueStats(ulong messages, ulong consumers) { Messages = messages; Consumers = consumers; } public ulong Messages { get; } public ulong Consumers { get; } } public class Bus { public QueueStats Stats(string queue) => new QueueStats((ulong)queue.Length, 0); } }",
            "namespace Shop { public class QueueStats { public QueueStats(ulong messages) { Messages = messages; Waiting = true; } public ulong Messages { get; } public bool Waiting { get; set; } } public class Bus { public QueueStats Stats(string queue) => new QueueStats((ulong)queue.Length); } }",
            "class T { }"
        },
        {
            // A primary constructor's parameters stored as they are; a property that starts from a value of its own is the
            // type's behaviour.
            TestReferenceKinds.KeysAndData, "P:Shop.Cell.Index",
            "namespace Shop { public readonly struct Cell(object value, int index) { public object Value { get; } = value; public int Index { get; } = index; } public static class Sheet { public static Cell First(object value) => new Cell(value, 0); } }",
            "namespace Shop { public readonly struct Cell(object value, int index) { public object Value { get; } = value; public int Index { get; } = index + 1; } public static class Sheet { public static Cell First(object value) => new Cell(value, 0); } }",
            "class T { }"
        },
        {
            // A static setter of an ambient accessor counts once tested code reads what it stores; one that wraps the
            // value it is given does something of its own.
            TestReferenceKinds.StaticSetter, "M:Shop.Ambient.SetAccessor(System.Func{System.Int32})",
            "namespace Shop { public static class Ambient { private static System.Func<int> getter = () => 0; public static int Current => getter(); public static void SetAccessor(System.Func<int> value) { if (value == null) throw new System.ArgumentNullException(nameof(value)); getter = value; } } }",
            "namespace Shop { public static class Ambient { private static System.Func<int> getter = () => 0; public static int Current => getter(); public static void SetAccessor(System.Func<int> value) { if (value == null) throw new System.ArgumentNullException(nameof(value)); getter = () => value() + 1; } } }",
            "class T { int M() => Shop.Ambient.Current; }"
        },
        {
            // An attribute that only hands a fixed value to its base attribute declares it: the value and the base are the API,
            // each reported on its own. One whose value a protected helper of the family computes runs code of its own.
            TestReferenceKinds.DeclarativeAttribute, "M:Shop.MedianColumnAttribute.#ctor",
            "namespace Shop { public interface IColumn { } public static class Columns { public static IColumn Median { get; } = null; public static IColumn Percentile(int p) => null; } public class Settings { public static Settings Empty() => new Settings(); public Settings Add(IColumn column) => this; public Settings Within(System.TimeSpan time) => this; } public abstract class ColumnAttribute : System.Attribute { protected ColumnAttribute(IColumn column) { Column = column; } public IColumn Column { get; } protected static IColumn Pick(int p) => p > 50 ? Columns.Median : Columns.Percentile(p); } public class MedianColumnAttribute : ColumnAttribute { public MedianColumnAttribute() : base(Columns.Median) { } } }",
            "namespace Shop { public interface IColumn { } public static class Columns { public static IColumn Median { get; } = null; public static IColumn Percentile(int p) => null; } public class Settings { public static Settings Empty() => new Settings(); public Settings Add(IColumn column) => this; public Settings Within(System.TimeSpan time) => this; } public abstract class ColumnAttribute : System.Attribute { protected ColumnAttribute(IColumn column) { Column = column; } public IColumn Column { get; } protected static IColumn Pick(int p) => p > 50 ? Columns.Median : Columns.Percentile(p); } public class MedianColumnAttribute : ColumnAttribute { public MedianColumnAttribute() : base(Pick(50)) { } } }",
            "class T { }"
        },
        {
            // A body that stores a chain of public calls built from its parameter and another package's static factory is
            // declarative; an operator on the parameter computes a value of the attribute's own.
            TestReferenceKinds.DeclarativeAttribute, "M:Shop.PercentileAttribute.#ctor(System.Int32)",
            "namespace Shop { public interface IColumn { } public static class Columns { public static IColumn Median { get; } = null; public static IColumn Percentile(int p) => null; } public class Settings { public static Settings Empty() => new Settings(); public Settings Add(IColumn column) => this; public Settings Within(System.TimeSpan time) => this; } public abstract class ColumnAttribute : System.Attribute { protected ColumnAttribute(IColumn column) { Column = column; } public IColumn Column { get; } protected static IColumn Pick(int p) => p > 50 ? Columns.Median : Columns.Percentile(p); } public class PercentileAttribute : System.Attribute { public PercentileAttribute(int p) { Settings = Settings.Empty().Add(Columns.Percentile(p)).Within(System.TimeSpan.FromMilliseconds(p)); } public Settings Settings { get; } } }",
            "namespace Shop { public interface IColumn { } public static class Columns { public static IColumn Median { get; } = null; public static IColumn Percentile(int p) => null; } public class Settings { public static Settings Empty() => new Settings(); public Settings Add(IColumn column) => this; public Settings Within(System.TimeSpan time) => this; } public abstract class ColumnAttribute : System.Attribute { protected ColumnAttribute(IColumn column) { Column = column; } public IColumn Column { get; } protected static IColumn Pick(int p) => p > 50 ? Columns.Median : Columns.Percentile(p); } public class PercentileAttribute : System.Attribute { public PercentileAttribute(int p) { Settings = Settings.Empty().Add(Columns.Percentile(p + 1)); } public Settings Settings { get; } } }",
            "class T { }"
        },
        {
            // A primary constructor handing a static value to the base; the same attribute with a method of its own is reported,
            // the constructor listed in its finding.
            TestReferenceKinds.DeclarativeAttribute, "M:Shop.StdErrorAttribute.#ctor",
            "namespace Shop { public interface IColumn { } public static class Columns { public static IColumn Median { get; } = null; public static IColumn Percentile(int p) => null; } public class Settings { public static Settings Empty() => new Settings(); public Settings Add(IColumn column) => this; public Settings Within(System.TimeSpan time) => this; } public abstract class ColumnAttribute : System.Attribute { protected ColumnAttribute(IColumn column) { Column = column; } public IColumn Column { get; } protected static IColumn Pick(int p) => p > 50 ? Columns.Median : Columns.Percentile(p); } public class StdErrorAttribute() : ColumnAttribute(Columns.Median); }",
            "namespace Shop { public interface IColumn { } public static class Columns { public static IColumn Median { get; } = null; public static IColumn Percentile(int p) => null; } public class Settings { public static Settings Empty() => new Settings(); public Settings Add(IColumn column) => this; public Settings Within(System.TimeSpan time) => this; } public abstract class ColumnAttribute : System.Attribute { protected ColumnAttribute(IColumn column) { Column = column; } public IColumn Column { get; } protected static IColumn Pick(int p) => p > 50 ? Columns.Median : Columns.Percentile(p); } public class StdErrorAttribute() : ColumnAttribute(Columns.Median) { public bool IsShown(int width) => width > 10; } }",
            "class T { }"
        },
        {
            // An attribute with a tested method of its own: its declarative constructor is covered by its type, one that hands
            // its base a lambda (code of its own) is not.
            TestReferenceKinds.DeclarativeAttribute, "M:Shop.FilterAttribute.#ctor",
            "namespace Shop { public interface IColumn { } public static class Columns { public static IColumn Median { get; } = null; public static IColumn Percentile(int p) => null; } public class Settings { public static Settings Empty() => new Settings(); public Settings Add(IColumn column) => this; public Settings Within(System.TimeSpan time) => this; } public abstract class ColumnAttribute : System.Attribute { protected ColumnAttribute(IColumn column) { Column = column; } public IColumn Column { get; } protected static IColumn Pick(int p) => p > 50 ? Columns.Median : Columns.Percentile(p); } public class FilterAttribute : System.Attribute { public FilterAttribute() => Settings = Settings.Empty(); public Settings Settings { get; } public static bool Accepts(string name) => name.Length > 0; } }",
            "namespace Shop { public interface IColumn { } public static class Columns { public static IColumn Median { get; } = null; public static IColumn Percentile(int p) => null; } public class Settings { public static Settings Empty() => new Settings(); public Settings Add(IColumn column) => this; public Settings Within(System.TimeSpan time) => this; } public abstract class ColumnAttribute : System.Attribute { protected ColumnAttribute(IColumn column) { Column = column; } public IColumn Column { get; } protected static IColumn Pick(int p) => p > 50 ? Columns.Median : Columns.Percentile(p); } public class FilterAttribute : System.Attribute { public FilterAttribute() => Check = name => name.Length > 1; public System.Func<string, bool> Check { get; } public static bool Accepts(string name) => name.Length > 0; } }",
            "class T { bool M() => Shop.FilterAttribute.Accepts(\"x\"); }"
        },
        {
            // A property that only hands its value to a COM interface the instance holds, behind a result check, is the
            // operating system's behaviour (interop-forward): covered by its type, which the tests use. One that computes
            // with what the device answers is the library's own logic.
            TestReferenceKinds.InteropForward, "P:Shop.Volume.Mute",
            "namespace Shop { internal static class Errors { public static void ThrowIfFailed(int hresult) { if (hresult < 0) throw new System.InvalidOperationException(hresult.ToString()); } } [System.Runtime.InteropServices.ComImport, System.Runtime.InteropServices.Guid(\"87CE5498-68D6-44E5-9215-6DA47EF883D8\"), System.Runtime.InteropServices.InterfaceType(System.Runtime.InteropServices.ComInterfaceType.InterfaceIsIUnknown)] internal interface IVolume { int GetMute(out bool mute); int SetMute(bool mute, ref System.Guid context); int GetChannelCount(out uint count); } public sealed class Volume { private readonly IVolume volume; private System.Guid context = System.Guid.Empty; internal Volume(IVolume volume) { this.volume = volume; } public static Volume Open() => null; public bool Mute { get { Errors.ThrowIfFailed(volume.GetMute(out var mute)); return mute; } set { Errors.ThrowIfFailed(volume.SetMute(value, ref context)); } } public int ChannelCount { get { if (volume == null) throw new System.ObjectDisposedException(nameof(Volume)); Errors.ThrowIfFailed(volume.GetChannelCount(out var count)); unchecked { return (int)count; } } }  } }",
            "namespace Shop { internal static class Errors { public static void ThrowIfFailed(int hresult) { if (hresult < 0) throw new System.InvalidOperationException(hresult.ToString()); } } [System.Runtime.InteropServices.ComImport, System.Runtime.InteropServices.Guid(\"87CE5498-68D6-44E5-9215-6DA47EF883D8\"), System.Runtime.InteropServices.InterfaceType(System.Runtime.InteropServices.ComInterfaceType.InterfaceIsIUnknown)] internal interface IVolume { int GetMute(out bool mute); int SetMute(bool mute, ref System.Guid context); int GetChannelCount(out uint count); } public sealed class Volume { private readonly IVolume volume; private System.Guid context = System.Guid.Empty; internal Volume(IVolume volume) { this.volume = volume; } public static Volume Open() => null; public bool Mute { get { Errors.ThrowIfFailed(volume.GetMute(out var mute)); return mute && context != System.Guid.Empty; } set { Errors.ThrowIfFailed(volume.SetMute(value, ref context)); } } public int ChannelCount { get { if (volume == null) throw new System.ObjectDisposedException(nameof(Volume)); Errors.ThrowIfFailed(volume.GetChannelCount(out var count)); unchecked { return (int)count; } } }  } }",
            "class T { Shop.Volume M() => Shop.Volume.Open(); }"
        },
        {
            // The same through Marshal.ThrowExceptionForHR, after a guard, with the count converted as it is returned; a
            // member that sizes an array from the count and fills it is code of its own (NAudio's GetAllVolumes).
            TestReferenceKinds.InteropForward, "P:Shop.Volume.ChannelCount",
            "namespace Shop { internal static class Errors { public static void ThrowIfFailed(int hresult) { if (hresult < 0) throw new System.InvalidOperationException(hresult.ToString()); } } [System.Runtime.InteropServices.ComImport, System.Runtime.InteropServices.Guid(\"87CE5498-68D6-44E5-9215-6DA47EF883D8\"), System.Runtime.InteropServices.InterfaceType(System.Runtime.InteropServices.ComInterfaceType.InterfaceIsIUnknown)] internal interface IVolume { int GetMute(out bool mute); int SetMute(bool mute, ref System.Guid context); int GetChannelCount(out uint count); } public sealed class Volume { private readonly IVolume volume; private System.Guid context = System.Guid.Empty; internal Volume(IVolume volume) { this.volume = volume; } public static Volume Open() => null; public bool Mute { get { Errors.ThrowIfFailed(volume.GetMute(out var mute)); return mute; } set { Errors.ThrowIfFailed(volume.SetMute(value, ref context)); } } public int ChannelCount { get { if (volume == null) throw new System.ObjectDisposedException(nameof(Volume)); System.Runtime.InteropServices.Marshal.ThrowExceptionForHR(volume.GetChannelCount(out var count)); unchecked { return (int)count; } } }  } }",
            "namespace Shop { internal static class Errors { public static void ThrowIfFailed(int hresult) { if (hresult < 0) throw new System.InvalidOperationException(hresult.ToString()); } } [System.Runtime.InteropServices.ComImport, System.Runtime.InteropServices.Guid(\"87CE5498-68D6-44E5-9215-6DA47EF883D8\"), System.Runtime.InteropServices.InterfaceType(System.Runtime.InteropServices.ComInterfaceType.InterfaceIsIUnknown)] internal interface IVolume { int GetMute(out bool mute); int SetMute(bool mute, ref System.Guid context); int GetChannelCount(out uint count); } public sealed class Volume { private readonly IVolume volume; private System.Guid context = System.Guid.Empty; internal Volume(IVolume volume) { this.volume = volume; } public static Volume Open() => null; public bool Mute { get { Errors.ThrowIfFailed(volume.GetMute(out var mute)); return mute; } set { Errors.ThrowIfFailed(volume.SetMute(value, ref context)); } } public int ChannelCount { get { if (volume == null) throw new System.ObjectDisposedException(nameof(Volume)); System.Runtime.InteropServices.Marshal.ThrowExceptionForHR(volume.GetChannelCount(out var count)); var levels = new float[count]; return levels.Length; } }  } }",
            "class T { Shop.Volume M() => Shop.Volume.Open(); }"
        },
        {
            // A platform-invoke method called with a handle the instance holds, an enum member and an out local, behind a
            // library check that only throws on a bad code; one that branches on the answer decides something itself.
            TestReferenceKinds.InteropForward, "M:Shop.Driver.MaxFormatSize",
            "namespace Shop { public enum MmResult { NoError = 0 } internal enum Metric { MaxSizeFormat = 10 } public sealed class MmException : System.Exception { public MmException(MmResult result, string function) : base(function) { } public static void Try(MmResult result, string function) { if (result != MmResult.NoError) throw new MmException(result, function); } } internal static class Native { [System.Runtime.InteropServices.DllImport(\"msacm32.dll\")] public static extern MmResult acmMetrics(System.IntPtr handle, Metric metric, out int output); } public sealed class Driver { private readonly System.IntPtr handle; private Driver(System.IntPtr handle) { this.handle = handle; } public static Driver Open() => new Driver(System.IntPtr.Zero); public int MaxFormatSize() { MmException.Try(Native.acmMetrics(handle, Metric.MaxSizeFormat, out int size), \"acmMetrics\"); return size; } } }",
            "namespace Shop { public enum MmResult { NoError = 0 } internal enum Metric { MaxSizeFormat = 10 } public sealed class MmException : System.Exception { public MmException(MmResult result, string function) : base(function) { } public static void Try(MmResult result, string function) { if (result != MmResult.NoError) throw new MmException(result, function); } } internal static class Native { [System.Runtime.InteropServices.DllImport(\"msacm32.dll\")] public static extern MmResult acmMetrics(System.IntPtr handle, Metric metric, out int output); } public sealed class Driver { private readonly System.IntPtr handle; private Driver(System.IntPtr handle) { this.handle = handle; } public static Driver Open() => new Driver(System.IntPtr.Zero); public int MaxFormatSize() { MmException.Try(Native.acmMetrics(handle, Metric.MaxSizeFormat, out int size), \"acmMetrics\"); return size > 0 ? size : 1; } } }",
            "class T { Shop.Driver M() => Shop.Driver.Open(); }"
        },
        {
            // A wrapper of the device the tests touch nothing of, whose untested members are all interop forwards, is not
            // reported at all; one member with logic of its own makes the type a finding that lists them all.
            TestReferenceKinds.InteropForward, "P:Shop.Mute.IsMuted",
            "namespace Shop { [System.Runtime.InteropServices.ComImport, System.Runtime.InteropServices.Guid(\"DF45AEEA-B74A-4B6B-AFAD-2366B6AA012E\"), System.Runtime.InteropServices.InterfaceType(System.Runtime.InteropServices.ComInterfaceType.InterfaceIsIUnknown)] internal interface IMute { int GetMute(out bool mute); int SetMute(bool mute, ref System.Guid context); } public class Mute { private readonly IMute mute; internal Mute(IMute mute) { this.mute = mute; } public bool IsMuted { get { mute.GetMute(out var result); return result; } set { var guid = System.Guid.Empty; mute.SetMute(value, ref guid); } } } }",
            "namespace Shop { [System.Runtime.InteropServices.ComImport, System.Runtime.InteropServices.Guid(\"DF45AEEA-B74A-4B6B-AFAD-2366B6AA012E\"), System.Runtime.InteropServices.InterfaceType(System.Runtime.InteropServices.ComInterfaceType.InterfaceIsIUnknown)] internal interface IMute { int GetMute(out bool mute); int SetMute(bool mute, ref System.Guid context); } public class Mute { private readonly IMute mute; internal Mute(IMute mute) { this.mute = mute; } public bool IsMuted { get { mute.GetMute(out var result); return result; } set { var guid = System.Guid.Empty; mute.SetMute(value, ref guid); } } public bool Toggle() { var now = !IsMuted; IsMuted = now; return now; } } }",
            "class T { }"
        },
        {
            // A class that declares nothing and derives from a class of the library is a name for the base's behaviour
            // (empty-subclass); the same empty class over another package's class is reported as before.
            TestReferenceKinds.EmptySubclass, "T:Shop.EnableSourceSettings",
            "namespace Shop { public class SourceSettings { public string Source { get; set; } public string Render() => Source?.Trim() ?? string.Empty; } public sealed class EnableSourceSettings : SourceSettings { } }",
            "namespace Shop { public class SourceSettings { public string Source { get; set; } public string Render() => Source?.Trim() ?? string.Empty; } public sealed class EnableSourceSettings : System.Collections.Generic.List<string> { } }",
            "class T { }"
        },
        {
            // An alias whose primary constructor only hands its parameter to the library base; one whose constructor
            // computes the value it hands on does something of its own.
            TestReferenceKinds.EmptySubclass, "M:Shop.LegacyColumnAttribute.#ctor(System.String)",
            "namespace Shop { public class ColumnAttribute : System.Attribute { public ColumnAttribute(string name) { Name = name.Length > 0 ? name : \"?\"; } public string Name { get; } } public sealed class LegacyColumnAttribute(string name) : ColumnAttribute(name); }",
            "namespace Shop { public class ColumnAttribute : System.Attribute { public ColumnAttribute(string name) { Name = name.Length > 0 ? name : \"?\"; } public string Name { get; } } public sealed class LegacyColumnAttribute : ColumnAttribute { public LegacyColumnAttribute(string name) : base(name + \"Column\") { } } }",
            "class T { }"
        },
        {
            // A delegate type is a signature without code (delegate-type): not reported, even when nothing names it. A
            // type with state of the same name and nothing tested is.
            TestReferenceKinds.DelegateType, "T:Shop.Setter",
            "namespace Shop { public delegate void Setter(object target, string key); public class Reader { public void Read(object target) { Setter setter = (o, key) => { }; setter(target, \"k\"); } } }",
            "namespace Shop { public class Setter { private int calls; } public class Reader { public void Read(object target) { } } }",
            "class T { object M() => new Shop.Reader(); }"
        },
    };

    /// <summary>
    /// A class or struct with nothing a test could check (the <c>covered-by-type</c> row): not reported at all, while
    /// the same type with state or a member that computes is.
    /// </summary>
    public static readonly TheoryData<string, string, string> NothingToTestCases = new()
    {
        {
            "T:Shop.CoreSchema",
            "namespace Shop { public sealed class CoreSchema { public static class Tags { } } }",
            "namespace Shop { public sealed class CoreSchema { private int version; public static class Tags { } } }"
        },
        {
            "M:Shop.NullHelper.IsOption(System.Type)",
            "namespace Shop { public interface IHelper { bool IsOption(System.Type t); object Value(); } public class NullHelper : IHelper { public bool IsOption(System.Type t) => false; public object Value() => null; } }",
            "namespace Shop { public interface IHelper { bool IsOption(System.Type t); object Value(); } public class NullHelper : IHelper { public bool IsOption(System.Type t) => t.IsGenericType; public object Value() => null; } }"
        },
        {
            "M:Shop.DefaultCache`1.Create",
            "namespace Shop { public abstract class Cache<T> where T : class { protected abstract T Create(); public T Get() => Create(); } public abstract class DefaultCache<T> : Cache<T> where T : class, new() { protected override T Create() => new T(); } }",
            "namespace Shop { public abstract class Cache<T> where T : class { protected abstract T Create(); public T Get() => Create(); } public abstract class DefaultCache<T> : Cache<T> where T : class, new() { protected override T Create() => Prepare(new T()); private static T Prepare(T item) => item; } }"
        },
        {
            "M:Shop.FakeClient.Connect",
            "namespace Shop { public interface IClient { void Connect(); } public class FakeClient : IClient { public string Host { get; set; } public event System.EventHandler Changed; public void Connect() { } public bool Exists(string path) => false; public Shop.Status Upload(string path) => Shop.Status.Success; public System.DateTime Modified(string path) => System.DateTime.MinValue; public long Size(string path, long fallback = -1) => fallback; public bool Download(out byte[] bytes) { bytes = null; return true; } public async System.Threading.Tasks.Task<object> ReplyAsync() { return await System.Threading.Tasks.Task.FromResult(new object()); } public async System.Threading.Tasks.Task CloseAsync() { await System.Threading.Tasks.Task.CompletedTask; } public System.IDisposable Lease() => throw new System.NotImplementedException(); } public enum Status { Success, Failure } }",
            "namespace Shop { public interface IClient { void Connect(); } public class FakeClient : IClient { public string Host { get; set; } public event System.EventHandler Changed; public void Connect() { } public bool Exists(string path) => path.Length > 0; public Shop.Status Upload(string path) => Shop.Status.Success; } public enum Status { Success, Failure } }"
        },
        {
            // A marker or aggregate interface no library type implements and no library code names: nothing stands behind it.
            "T:Shop.ICustomType",
            "namespace Shop { public interface IConvertible2 { int Convert(); } public interface ICustomType : IConvertible2 { } public interface IMarker { } }",
            "namespace Shop { public interface IConvertible2 { int Convert(); } public interface ICustomType : IConvertible2 { } public static class Types { public static bool IsCustom(object o) => o is ICustomType; } }"
        },
        {
            // Event arguments nothing in the library raises or names: data that no code of the library stands behind. Once
            // library code raises them, arguments that decide a value of their own (Pending) are reported; ones that only
            // hold what they are given are not (keys-and-data).
            "P:Shop.BuildingArgs.Name",
            "namespace Shop { public class BuildingArgs { public BuildingArgs(string name) { Name = name; } public string Name { get; } } }",
            "namespace Shop { public class BuildingArgs { public BuildingArgs(string name) { Name = name; Pending = true; } public string Name { get; } public bool Pending { get; } } public class Registration { public event System.Action<BuildingArgs> Building; public void Build() => Building?.Invoke(new BuildingArgs(\"x\")); } }"
        },
        {
            "M:Shop.UnsupportedException.#ctor(System.String)",
            "namespace Shop { public class UnsupportedException : System.Exception { public UnsupportedException(string message) : base(message) { } } }",
            "namespace Shop { public class UnsupportedException : System.Exception { public UnsupportedException(string message) : base(\"Unsupported: \" + message) { } } }"
        },
    };

    [Theory]
    [MemberData(nameof(NothingToTestCases))]
    public async Task A_type_with_nothing_to_test_is_not_reported_and_one_with_state_or_behaviour_is(string api, string nothingToTest, string withSomething)
    {
        Assert.DoesNotContain(api, await ReportedAsync(TestSources.Library(nothingToTest), "class T { }"));
        Assert.Contains(api, await ReportedAsync(TestSources.Library(withSomething), "class T { }"));
    }

    [Theory]
    [MemberData(nameof(LibraryShapedCases))]
    public async Task A_reference_decided_by_the_library_counts_in_one_shape_and_not_in_the_other(string kind, string api, string countingLibrary, string notCountingLibrary, string test)
    {
        Assert.Contains(kind, TestReferenceKinds.All);
        Assert.DoesNotContain(api, await ReportedAsync(TestSources.Library(countingLibrary), test));
        Assert.Contains(api, await ReportedAsync(TestSources.Library(notCountingLibrary), test));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_reference_of_each_kind_counts_and_its_absence_does_not(string kind, string api, string library, string counting, string notCounting)
    {
        Assert.Contains(kind, TestReferenceKinds.All);
        var compilation = TestSources.Library(library);
        Assert.DoesNotContain(api, await ReportedAsync(compilation, counting));
        Assert.Contains(api, await ReportedAsync(compilation, notCounting));
    }


    [Fact]
    public void Every_kind_has_a_case()
    {
        var tested = Cases.Concat(LibraryShapedCases).Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(TestReferenceKinds.All.Where(kind => !tested.Contains(kind)));
    }

    [Fact]
    public void The_rule_page_lists_exactly_the_kinds()
    {
        var page = File.ReadAllLines(Path.Combine(RuleCatalog.RepositoryRoot, "docs", "rules", "AID301.md"));
        var rows = page.Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Substring(3, line.IndexOf('`', 3) - 3))
            .Where(name => name.Contains('-', StringComparison.Ordinal) || TestReferenceKinds.All.Contains(name))
            .ToList();
        Assert.Equal(TestReferenceKinds.All.OrderBy(k => k, StringComparer.Ordinal), rows.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_runner_alias_runs_where_its_runner_does_and_does_not_touch_its_type()
    {
        // library-call: an alias that builds a runner from what its context holds runs where the runner's method runs,
        // and so does the overload that fills in a default for it; neither is a touch of the aliases' class, so a member
        // without behaviour of its own (Separator) stays listed in the class's one finding, as when nothing of it is
        // touched. Once a test touches the class (Separator read), the auto-property is covered by its type.
        var compilation = TestSources.Library("namespace Shop { public interface IFileSystem { } public interface IContext { IFileSystem FileSystem { get; } string Root { get; } } public sealed class MergeRunner { public MergeRunner(IFileSystem fileSystem, string root) { FileSystem = fileSystem; Root = root; } public IFileSystem FileSystem { get; } public string Root { get; } public string Merge(string output, string[] inputs) => Root + \"/\" + output + \":\" + string.Join(\",\", inputs ?? new string[0]); } public static class MergeAliases { public static string Separator { get; set; } = \",\"; public static string MergeAll(this IContext context, string output, string[] inputs) { if (context == null) throw new System.ArgumentNullException(nameof(context)); var runner = new MergeRunner(context.FileSystem, context.Root); return runner.Merge(output, inputs); } public static string MergeAll(this IContext context, string output) => MergeAll(context, output, null); } }");
        var runnerRun = await ReportedAsync(compilation, "class T { string M() => new Shop.MergeRunner(null, \"r\").Merge(\"o\", new string[0]); }");
        Assert.DoesNotContain("M:Shop.MergeAliases.MergeAll(Shop.IContext,System.String,System.String[])", runnerRun);
        Assert.DoesNotContain("M:Shop.MergeAliases.MergeAll(Shop.IContext,System.String)", runnerRun);
        Assert.Contains("P:Shop.MergeAliases.Separator", runnerRun);
        var typeTouched = await ReportedAsync(compilation, "class T { string M() => new Shop.MergeRunner(null, Shop.MergeAliases.Separator).Merge(\"o\", new string[0]); }");
        Assert.DoesNotContain("P:Shop.MergeAliases.Separator", typeTouched);
        Assert.DoesNotContain("M:Shop.MergeAliases.MergeAll(Shop.IContext,System.String,System.String[])", typeTouched);

        // The runner's method not run (only its constructor): the alias is reported.
        var runnerMade = await ReportedAsync(compilation, "class T { object M() => new Shop.MergeRunner(null, \"r\"); }");
        Assert.Contains("M:Shop.MergeAliases.MergeAll(Shop.IContext,System.String,System.String[])", runnerMade);
    }

    [Fact]
    public async Task A_setter_through_a_configuration_callback_of_a_fixed_value_is_still_reported()
    {
        // c => c.Verbose = true selects a path only this member takes (dbup's WithVariablesDisabled, judged genuine): the
        // callback must store the member's own parameter. The same setter of its parameter counts.
        var fixedValue = TestSources.Library("namespace Shop { public class Settings { public string Filter { get; set; } public bool Verbose { get; set; } } public class Builder { private readonly System.Collections.Generic.List<System.Action<Settings>> steps = new(); public Builder Configure(System.Action<Settings> step) { steps.Add(step); return this; } public string Build() { var settings = new Settings(); foreach (var step in steps) { step(settings); } return settings.Filter + settings.Verbose; } } public static class BuilderExtensions { public static Builder WithVerbose(this Builder builder) { builder.Configure(s => s.Verbose = true); return builder; } } }");
        Assert.Contains("M:Shop.BuilderExtensions.WithVerbose(Shop.Builder)", await ReportedAsync(fixedValue, "class T { string M() => new Shop.Builder().Configure(s => s.Verbose = true).Build(); }"));
        var given = TestSources.Library("namespace Shop { public class Settings { public string Filter { get; set; } public bool Verbose { get; set; } } public class Builder { private readonly System.Collections.Generic.List<System.Action<Settings>> steps = new(); public Builder Configure(System.Action<Settings> step) { steps.Add(step); return this; } public string Build() { var settings = new Settings(); foreach (var step in steps) { step(settings); } return settings.Filter + settings.Verbose; } } public static class BuilderExtensions { public static Builder WithVerbose(this Builder builder, bool verbose) { builder.Configure(s => s.Verbose = verbose); return builder; } } }");
        Assert.DoesNotContain("M:Shop.BuilderExtensions.WithVerbose(Shop.Builder,System.Boolean)", await ReportedAsync(given, "class T { string M() => new Shop.Builder().Configure(s => s.Verbose = true).Build(); }"));
    }

    [Fact]
    public async Task A_protected_member_beside_one_counted_by_sole_implementation_is_still_reported()
    {
        // The tests run BeginEdit on instances the library builds: which protected members those run is library-call's to
        // say, so ClearEdit, which nothing the tests run calls, stays reported (protected-member counts only beside a
        // member the tests run on the type itself).
        var compilation = TestSources.Library("namespace Shop { public interface IRecord : System.ComponentModel.IEditableObject { } public abstract class RecordBase : IRecord { private int depth; public void BeginEdit() { if (++depth > 3) throw new System.InvalidOperationException(); } public void EndEdit() => depth = System.Math.Max(0, depth - 1); public void CancelEdit() => depth = 0; protected bool ClearEdit(string key) => depth > 0 && key.Length > 0; } public static class Records { public static T Create<T>() where T : class, IRecord => (T)System.Activator.CreateInstance(typeof(T)); } }");
        var reported = await ReportedAsync(compilation, "interface IPerson : Shop.IRecord { } class T { void M() { var person = Shop.Records.Create<IPerson>(); person.BeginEdit(); person.EndEdit(); person.CancelEdit(); } }");
        Assert.DoesNotContain("M:Shop.RecordBase.BeginEdit", reported);
        Assert.Contains("M:Shop.RecordBase.ClearEdit(System.String)", reported);
    }

    [Fact]
    public async Task Blind_spot_a_test_double_of_the_interface_counts_for_the_sole_implementation()
    {
        // A test class implementing IRecord is not told apart from a test interface deriving from it: its own BeginEdit
        // call counts for the library's one implementing class.
        var compilation = TestSources.Library("namespace Shop { public interface IRecord : System.ComponentModel.IEditableObject { } public abstract class RecordBase : IRecord { private int depth; public void BeginEdit() { if (++depth > 3) throw new System.InvalidOperationException(); } public void EndEdit() => depth = System.Math.Max(0, depth - 1); public void CancelEdit() => depth = 0; } public static class Records { public static T Create<T>() where T : class, IRecord => (T)System.Activator.CreateInstance(typeof(T)); } }");
        var reported = await ReportedAsync(compilation, "class FakeRecord : Shop.IRecord { public void BeginEdit() { } public void EndEdit() { } public void CancelEdit() { } } class T { void M() => new FakeRecord().BeginEdit(); }");
        Assert.DoesNotContain("M:Shop.RecordBase.BeginEdit", reported);
    }

    [Fact]
    public async Task A_member_with_behaviour_is_still_reported_when_its_type_is_used()
    {
        var compilation = TestSources.Library("namespace Shop { public sealed record Line(string Sku, int Quantity) { public decimal Price { get; init; } public decimal Total => Quantity * Price; } }");
        Assert.Equal(new[] { "P:Shop.Line.Total" }, await ReportedAsync(compilation, "class T { void M() { var line = new Shop.Line(\"a\", 1); } }"));
    }

    [Fact]
    public async Task Blind_spot_an_interpolated_string_stored_in_a_handler_local_is_not_seen()
    {
        // Only a $"..." handed to a member taking the handler is bound; one converted to the handler in a declaration is not.
        var compilation = TestSources.Library("namespace Shop { [System.Runtime.CompilerServices.InterpolatedStringHandler] public ref struct Line { private int parts; public Line(int literalLength, int formattedCount) { parts = literalLength > 0 ? formattedCount : 0; } public void AppendLiteral(string value) { if (value.Length > 0) parts++; } public void AppendFormatted<T>(T value) { if (value is not null) parts++; } public int Parts => parts * 2; } }");
        var reported = await ReportedAsync(compilation, "class T { int M(int count) { Shop.Line line = $\"n = {count}\"; return line.Parts; } }");
        Assert.Contains("M:Shop.Line.AppendLiteral(System.String)", reported);
    }

    [Fact]
    public async Task Blind_spot_a_local_in_a_test_subclass_counts_as_a_use_of_the_inherited_member()
    {
        var compilation = TestSources.Library("namespace Shop { public abstract class Writer { protected int Depth => 1; public abstract void Write(); } }");
        Assert.DoesNotContain("P:Shop.Writer.Depth", await ReportedAsync(compilation, "class Mine : Shop.Writer { public override void Write() { var Depth = 2; _ = Depth; } }"));
    }

    [Fact]
    public async Task Blind_spot_a_protected_member_counts_when_its_type_is_exercised_whatever_path_the_test_takes()
    {
        var compilation = TestSources.Library("namespace Shop { public class Writer { public void Write() { } protected virtual void WriteIndent() { } } public class IndentedWriter : Writer { protected override void WriteIndent() { } } }");
        Assert.DoesNotContain("M:Shop.IndentedWriter.WriteIndent", await ReportedAsync(compilation, "class T { void M() => new Shop.IndentedWriter().Write(); }"));
    }

    [Fact]
    public async Task An_obsolete_api_is_not_reported()
    {
        var compilation = TestSources.Library("namespace Shop { public class Cart { public void Add() { } [System.Obsolete(\"Use Add.\")] public void Insert() { } } [System.Obsolete] public class OldCart { public void Add() { } } }");
        Assert.Equal(new[] { "M:Shop.Cart.Add" }, await ReportedAsync(compilation, "class T { object M() => new Shop.Cart(); }"));
    }

    [Fact]
    public async Task An_api_excluded_from_code_coverage_is_not_reported_nor_anything_its_type_contains()
    {
        // [ExcludeFromCodeCoverage] says the team wants no test for this code: a test gap would ask for exactly that.
        var compilation = TestSources.Library("""
            using System.Diagnostics.CodeAnalysis;
            namespace Shop
            {
                public class Cart { public void Add() { } [ExcludeFromCodeCoverage] public void Dump() { } }
                [ExcludeFromCodeCoverage]
                public class ValueBuilder { public void Append(char c) { } public class Chunk { public void Grow() { } } }
            }
            """);
        Assert.Equal(new[] { "M:Shop.Cart.Add" }, await ReportedAsync(compilation, "class T { object M() => new Shop.Cart(); }"));
    }

    [Fact]
    public async Task Plumbing_hidden_from_the_editor_is_not_reported_but_an_api_marked_always_or_advanced_is()
    {
        // [EditorBrowsable(Never)]: called by generated code or tooling, whose tests are not in the test sources.
        var compilation = TestSources.Library("""
            using System.ComponentModel;
            namespace Shop
            {
                public class Cart { public void Add() { } [EditorBrowsable(EditorBrowsableState.Never)] public void Dump() { } [EditorBrowsable(EditorBrowsableState.Advanced)] public void Tune() { } }
                [EditorBrowsable(EditorBrowsableState.Never)]
                public static class GeneratedRunner { public static bool UsesDefaults(int settings) => settings > 0; public class Pair { public void Grow() { } } }
                [EditorBrowsable(EditorBrowsableState.Always)]
                public static class Runner { public static bool UsesDefaults(int settings) => settings > 0; }
            }
            """);
        Assert.Equal(
            new[] { "M:Shop.Cart.Add", "M:Shop.Cart.Tune", "M:Shop.Runner.UsesDefaults(System.Int32)" },
            (await ReportedAsync(compilation, "class T { object M() => new Shop.Cart(); }")).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_assembly_excluded_from_code_coverage_reports_no_test_gap()
    {
        var compilation = TestSources.Library("[assembly: System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage] namespace Shop { public class Cart { public void Add() { } } }");
        Assert.Empty(await ReportedAsync(compilation, "class T { object M() => new Shop.Cart(); }"));
    }

    [Fact]
    public async Task Binary_serialization_plumbing_is_not_reported_but_a_member_of_the_same_shape_under_another_name_is()
    {
        // GetObjectData and the (SerializationInfo, StreamingContext) constructor only serve the obsolete formatter; a
        // method with those parameters under another name is the library's own behaviour.
        var compilation = TestSources.Library("""
            using System;
            using System.Runtime.Serialization;
            namespace Shop
            {
                public class OrderException : Exception
                {
                    public OrderException() { }
                    protected OrderException(SerializationInfo info, StreamingContext context) : base(info, context) { Code = info.GetInt32("code"); }
                    public int Code { get; }
                    public override void GetObjectData(SerializationInfo info, StreamingContext context) { base.GetObjectData(info, context); info.AddValue("code", Code); }
                    public void Describe(SerializationInfo info, StreamingContext context) => info.AddValue("described", true);
                }
            }
            """);
        Assert.Equal(new[] { "M:Shop.OrderException.Describe(System.Runtime.Serialization.SerializationInfo,System.Runtime.Serialization.StreamingContext)" }, await ReportedAsync(compilation, "class T { object M() => new Shop.OrderException(); }"));
    }

    [Fact]
    public async Task An_assignment_reaches_a_setter_with_a_body_and_nothing_else()
    {
        var compilation = TestSources.Library("namespace Shop { public class Rule { private string label = string.Empty; public Rule() { Label = \"x\"; } public string Label { get => label; set => label = value.Trim(); } public string Describe() => label + \".\"; public void Check() { } } }");
        Assert.Equal(new[] { "M:Shop.Rule.Describe" }, await ReportedAsync(compilation, "class T { void M() => new Shop.Rule().Check(); }"));
    }

    [Fact]
    public async Task An_event_the_library_only_raises_is_still_reported()
    {
        var compilation = TestSources.Library("namespace Shop { public class Cache { public event System.EventHandler Purged; public void Purge() => Purged?.Invoke(this, System.EventArgs.Empty); } }");
        Assert.Equal(new[] { "E:Shop.Cache.Purged" }, await ReportedAsync(compilation, "class T { void M() => new Shop.Cache().Purge(); }"));
    }

    [Fact]
    public async Task An_override_on_a_type_nothing_creates_is_not_reached_through_dispatch()
    {
        var compilation = TestSources.Library("namespace Shop { public abstract class Step { public abstract void Run(); } public sealed class Audit : Step { public Audit(int level) { } public override void Run() { } } public sealed class Trace : Step { public override void Run() { } } public static class Pipeline { public static void Execute(Step step) => step.Run(); public static Step Default() => new Trace(); } }");
        var reported = await ReportedAsync(compilation, "class T { void M() => Shop.Pipeline.Execute(Shop.Pipeline.Default()); }");
        Assert.Contains("M:Shop.Audit.Run", reported);
        Assert.DoesNotContain("M:Shop.Trace.Run", reported);
    }

    [Fact]
    public async Task Blind_spot_a_delegate_parameter_reaches_its_argument_type_without_a_lambda()
    {
        var compilation = TestSources.Library("namespace Shop { public sealed class Options { private int retries; internal Options() { } public int Retries { get => retries; set => retries = value < 0 ? 0 : value; } } public static class Client { public static void Configure(System.Action<Options> configure) { } } }");
        Assert.DoesNotContain("P:Shop.Options.Retries", await ReportedAsync(compilation, "class T { void M(dynamic o) { Shop.Client.Configure(null); o.Retries = 3; } }"));
    }

    [Fact]
    public async Task A_forward_to_hidden_code_a_literal_argument_or_a_second_call_is_behaviour_and_still_reported()
    {
        var compilation = TestSources.Library("namespace Shop { public class Codec { public long[] DecodeLong(string hash) => Numbers(hash); public System.Collections.Generic.IEnumerable<int> Indexes(int count) => System.Linq.Enumerable.Range(1, count); public string Twice(string s) => s.Trim().ToUpperInvariant(); public void Check() { } private long[] Numbers(string hash) => new long[hash.Length]; } }");
        Assert.Equal(
            new[] { "M:Shop.Codec.DecodeLong(System.String)", "M:Shop.Codec.Indexes(System.Int32)", "M:Shop.Codec.Twice(System.String)" },
            (await ReportedAsync(compilation, "class T { void M() => new Shop.Codec().Check(); }")).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_fluent_setter_whose_setting_no_tested_code_reads_and_a_constructor_that_creates_its_state_are_still_reported()
    {
        // A fluent setter is not covered by its type as a pass-through is: it counts only once code the tests run reads
        // what it stores (the library-call row), and the tested Build does not read the strategy.
        var compilation = TestSources.Library("namespace Shop { public class Builder { private object strategy; public Builder WithStrategy(object strategy) { this.strategy = strategy; return this; } public string Build() => \"built\"; public override string ToString() => strategy?.ToString(); } public class Context { public Context() { Properties = new System.Collections.Generic.Dictionary<object, object>(); } public System.Collections.Generic.Dictionary<object, object> Properties { get; } } }");
        Assert.Equal(
            new[] { "M:Shop.Builder.WithStrategy(System.Object)", "M:Shop.Context.#ctor" },
            (await ReportedAsync(compilation, "class T { string M(Shop.Context context) => new Shop.Builder().Build() + context.Properties.Count; }")).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_variant_that_only_hands_a_setting_on_is_listed_in_the_plain_members_finding()
    {
        // CountInterpolated(settings, text) is CountInterpolated(text) with the setting handed on: a test of the plain
        // member is the first test of both, so the variant is listed in its finding. A variant that computes from the
        // setting (settings ?? Settings.Default) is code of its own and is reported on its own, and so is one that hands
        // the setting to an overload no test runs (that overload's code is reached only through the variant).
        const string test = "class T { int M() => Shop.Totals.Sum(); }";
        var handsOn = await TestSources.UntestedAsync(TestSources.Library("namespace Shop { public sealed class Settings { public static readonly Settings Default = new(); } public static class Totals { public static int Sum() => Count(\"a\", new object[0]); private static string Parse(System.FormattableString format, out object[] args) { args = format.GetArguments(); return format.Format; } public static int Count(string text, object[] args) => Count(Settings.Default, text, args); public static int Count(Settings settings, string text, object[] args) => (settings == Settings.Default ? 0 : 1) + text.Length + args.Length; public static int CountInterpolated(Settings settings, System.FormattableString text) { var format = Parse(text, out var args); return Count(settings, format, args); } public static int CountInterpolated(System.FormattableString text) { var format = Parse(text, out var args); return Count(format, args); } } }"), test);
        Assert.Equal(
            new[] { "M:Shop.Totals.CountInterpolated(System.FormattableString);M:Shop.Totals.CountInterpolated(Shop.Settings,System.FormattableString)" },
            handsOn.Select(d => d.Properties[UntestedPublicApiAnalyzer.MembersProperty]));
        var computes = await TestSources.UntestedAsync(TestSources.Library("namespace Shop { public sealed class Settings { public static readonly Settings Default = new(); } public static class Totals { public static int Sum() => Count(\"a\", new object[0]); private static string Parse(System.FormattableString format, out object[] args) { args = format.GetArguments(); return format.Format; } public static int Count(string text, object[] args) => Count(Settings.Default, text, args); public static int Count(Settings settings, string text, object[] args) => (settings == Settings.Default ? 0 : 1) + text.Length + args.Length; public static int CountInterpolated(Settings settings, System.FormattableString text) { var format = Parse(text, out var args); return Count(settings ?? Settings.Default, format, args); } public static int CountInterpolated(System.FormattableString text) { var format = Parse(text, out var args); return Count(format, args); } } }"), test);
        Assert.Equal(
            new[] { "M:Shop.Totals.CountInterpolated(Shop.Settings,System.FormattableString)", "M:Shop.Totals.CountInterpolated(System.FormattableString)" },
            computes.Select(d => d.Properties[UntestedPublicApiAnalyzer.MembersProperty]).OrderBy(id => id, StringComparer.Ordinal));
        var unrun = await TestSources.UntestedAsync(TestSources.Library("namespace Shop { public sealed class Settings { public static readonly Settings Default = new(); } public static class Totals { public static int Sum() => Count(\"a\", new object[0]); private static string Parse(System.FormattableString format, out object[] args) { args = format.GetArguments(); return format.Format; } public static int Count(string text, object[] args) => text.Length + args.Length; public static int Count(Settings settings, string text, object[] args) => (settings == Settings.Default ? 0 : 1) + text.Length + args.Length; public static int CountInterpolated(Settings settings, System.FormattableString text) { var format = Parse(text, out var args); return Count(settings, format, args); } public static int CountInterpolated(System.FormattableString text) { var format = Parse(text, out var args); return Count(format, args); } } }"), test);
        Assert.Equal(
            new[] { "M:Shop.Totals.Count(Shop.Settings,System.String,System.Object[])", "M:Shop.Totals.CountInterpolated(Shop.Settings,System.FormattableString)", "M:Shop.Totals.CountInterpolated(System.FormattableString)" },
            unrun.Select(d => d.Properties[UntestedPublicApiAnalyzer.MembersProperty] ?? string.Empty).Where(id => id.StartsWith("M:Shop.Totals.", StringComparison.Ordinal)).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_wrapped_answer_the_other_package_may_leave_null_or_of_another_name_is_still_reported()
    {
        // CopyTo wraps the answer of FileInfo.CopyTo, never null, in the Entry the tests create through Open. An answer
        // the other package may leave null (FileSystemInfo? ResolveLinkTarget) takes the wrapper's null path, one only
        // this member takes; Backup wraps the answer of a member of another name, a decision of its own.
        var compilation = TestSources.Library("namespace Shop { public sealed class Entry { private readonly System.IO.FileSystemInfo instance; public Entry(System.IO.FileSystemInfo instance) { this.instance = instance ?? throw new System.ArgumentNullException(nameof(instance)); } public static Entry Open(string path) => new Entry(new System.IO.FileInfo(path)); public string Name => instance.Name; } public sealed class File { private readonly System.IO.FileInfo instance; public File(string path) { instance = new System.IO.FileInfo(path); } public Entry CopyTo(string destination) => new Entry(instance.CopyTo(destination)); public Entry ResolveLinkTarget(bool returnFinalTarget) => new Entry(instance.ResolveLinkTarget(returnFinalTarget)); public Entry Backup(string destination) => new Entry(instance.CopyTo(destination)); } }");
        Assert.Equal(
            new[] { "M:Shop.File.Backup(System.String)", "M:Shop.File.ResolveLinkTarget(System.Boolean)" },
            (await ReportedAsync(compilation, "class T { string M() => Shop.Entry.Open(\"a\").Name; }")).Where(id => id.StartsWith("M:Shop.File.", StringComparison.Ordinal) && !id.StartsWith("M:Shop.File.#ctor", StringComparison.Ordinal)).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_copy_that_computes_calls_or_adds_a_literal_is_behaviour_and_still_reported()
    {
        // Twice doubles the limit, Reset hands a fixed value the constructor would not get otherwise, Clamped calls
        // Math.Min, Other copies from another instance: each is a decision of its own, not a copy-with setter.
        var compilation = TestSources.Library("namespace Shop { public sealed class Options { public Options(int limit) { Limit = limit; } public int Limit { get; } public Options Twice(int value) => new Options(value * 2); public Options Reset(int value) => value == Limit ? this : new Options(0); public Options Clamped(int value) => new Options(System.Math.Min(value, Limit)); public Options Other(Options other) => new Options(other.Limit); public bool Fits(int count) => count <= Limit; } }");
        Assert.Equal(
            new[] { "M:Shop.Options.Clamped(System.Int32)", "M:Shop.Options.Other(Shop.Options)", "M:Shop.Options.Reset(System.Int32)", "M:Shop.Options.Twice(System.Int32)" },
            (await ReportedAsync(compilation, "class T { bool M() => new Shop.Options(1).Fits(2); }")).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_exception_override_the_framework_could_call_is_not_reached_by_creating_the_exception()
    {
        var compilation = TestSources.Library("namespace Shop { public class MappingException : System.Exception { public override string StackTrace => base.StackTrace?.Trim(); } public static class Mapper { public static void Map() => throw new MappingException(); } }");
        Assert.Contains("P:Shop.MappingException.StackTrace", await ReportedAsync(compilation, "class T { void M() { try { Shop.Mapper.Map(); } catch (Shop.MappingException) { } } }"));
    }

    [Fact]
    public async Task An_overload_of_the_same_text_over_other_types_calls_other_code_and_is_still_reported()
    {
        // Classify(c) resolves to Classify(char) in one body and to Classify(string) in the other: not a copy.
        var compilation = TestSources.Library("namespace Shop { public static class Chars { public static bool IsOpen(string c) { return Classify(c); } public static bool IsOpen(char c) { return Classify(c); } private static bool Classify(string c) => c.Length > 1; private static bool Classify(char c) => char.IsPunctuation(c); public static bool Check(string s) => IsOpen(s); } }");
        Assert.Equal(new[] { "M:Shop.Chars.IsOpen(System.Char)" }, await ReportedAsync(compilation, "class T { bool M() => Shop.Chars.Check(\"(\"); }"));
    }

    [Fact]
    public async Task A_forward_element_by_element_to_an_overload_nothing_runs_is_still_reported()
    {
        // UploadFiles(IEnumerable<FileInfo>) adapts its argument for UploadFiles(IEnumerable<string>), which no test runs: both are gaps.
        var compilation = TestSources.Library("using System.Linq; namespace Shop { public class Client { private int sent; public int UploadFiles(System.Collections.Generic.IEnumerable<string> paths) { foreach (var path in paths) { sent += path.Length; } return sent; } public int UploadFiles(System.Collections.Generic.IEnumerable<System.IO.FileInfo> files) => UploadFiles(files.Select(f => f.FullName)); public int Sent() => sent * 2; } }");
        Assert.Equal(
            new[] { "M:Shop.Client.UploadFiles(System.Collections.Generic.IEnumerable{System.IO.FileInfo})", "M:Shop.Client.UploadFiles(System.Collections.Generic.IEnumerable{System.String})" },
            (await ReportedAsync(compilation, "class T { int M() => new Shop.Client().Sent(); }")).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_companion_operator_is_listed_in_the_finding_of_the_untested_member_it_restates()
    {
        // YamlDotNet's Mark: CompareTo untested, so its operators are one gap with it, listed in its finding.
        var compilation = TestSources.Library("namespace Shop { public readonly struct Position { public Position(int line) { Line = line; } public int Line { get; } public int CompareTo(Position other) => Line.CompareTo(other.Line); public static bool operator <(Position left, Position right) => left.CompareTo(right) < 0; public static bool operator >=(Position left, Position right) => !(left < right); public Position Next() => new Position(Line + 1); } }");
        var diagnostics = await TestSources.UntestedAsync(compilation, "class T { object M() => new Shop.Position(1).Next(); }");
        var finding = Assert.Single(diagnostics);
        Assert.Equal(
            "M:Shop.Position.CompareTo(Shop.Position);M:Shop.Position.op_LessThan(Shop.Position,Shop.Position);M:Shop.Position.op_GreaterThanOrEqual(Shop.Position,Shop.Position)",
            finding.Properties[UntestedPublicApiAnalyzer.MembersProperty]);
    }

    [Fact]
    public async Task An_equality_operator_over_an_Equals_override_is_covered_by_its_type_and_one_that_compares_fields_is_not()
    {
        var compilation = TestSources.Library("namespace Shop { public sealed class Sku { public Sku(string code) { Code = code; } public string Code { get; } public override bool Equals(object obj) => obj is Sku other && other.Code == Code; public override int GetHashCode() => Code.GetHashCode(); public static bool operator ==(Sku left, Sku right) => Equals(left, right); public static bool operator !=(Sku left, Sku right) => !(left == right); } public sealed class Tag { public Tag(string name) { Name = name; } public string Name { get; } public override bool Equals(object obj) => obj is Tag other && other.Name == Name; public override int GetHashCode() => Name.GetHashCode(); public static bool operator ==(Tag left, Tag right) => left.Equals(right); public static bool operator !=(Tag left, Tag right) => left.Name != right.Name; } }");
        Assert.Equal(
            new[] { "M:Shop.Tag.op_Inequality(Shop.Tag,Shop.Tag)" },
            (await ReportedAsync(compilation, "class T { object M() => new Shop.Sku(\"a\").Code + new Shop.Tag(\"b\").Name; }")).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_enum_is_not_a_test_gap()
    {
        var compilation = TestSources.Library("namespace Shop { public enum Operator { Equal, NotEqual } public class Cart { public int Count() => System.Environment.TickCount % 7; } }");
        Assert.Equal(new[] { "M:Shop.Cart.Count" }, await ReportedAsync(compilation, "class T { }"));
    }

    [Fact]
    public async Task An_exception_nothing_in_the_library_throws_is_reported_although_it_only_holds_data()
    {
        // FluentFTP's FtpInvalidCertificateException: its InnerException shadows the base's and is never set, which a
        // test would show; an exception is raised and caught, not read as data.
        var compilation = TestSources.Library("namespace Shop { public class CertificateException : System.Exception { public CertificateException(System.Exception inner) : base(\"Refused.\", inner) { } public new System.Exception InnerException { get; private set; } } }");
        Assert.Contains("P:Shop.CertificateException.InnerException", await ReportedAsync(compilation, "class T { }"));
    }

    [Fact]
    public async Task A_script_name_in_a_template_file_of_the_test_project_counts_and_the_file_is_never_read_as_CSharp()
    {
        // Scriban's TestFiles/*.txt: the tests load each template at run time and render it, which runs the functions it
        // names. The targets pass such files as AiDebtTestScript; only their member paths are read.
        var compilation = TestSources.Library("namespace Shop { public class StringFunctions { public static long ToLong(string s) => s.Length > 9 ? 0 : long.Parse(s); public static string Downcase(string s) => s.ToLowerInvariant(); public static string RStrip(string s) => s?.TrimEnd(); } public static class Template { public static int Render(string text) { var functions = new StringFunctions(); return functions.GetType().GetMethods().Length + text.Length; } } public class Cart { public int Count() => System.Environment.TickCount % 7; } }");
        const string test = "class T { int M(string file) => Shop.Template.Render(file); }";
        var reported = await ReportedAsync(compilation, test, "{{ 'A' | string.downcase }}\n{{ ' A ' | string.rstrip }}\n{{ x | to_long }}\nclass T { int M() => new Shop.Cart().Count(); }");
        Assert.DoesNotContain("M:Shop.StringFunctions.Downcase(System.String)", reported);
        Assert.DoesNotContain("M:Shop.StringFunctions.RStrip(System.String)", reported);
        Assert.Contains("M:Shop.StringFunctions.ToLong(System.String)", reported);
        Assert.Contains("M:Shop.Cart.Count", reported);
    }

    [Fact]
    public async Task Blind_spot_a_template_read_at_run_time_or_a_filter_without_its_object_is_not_a_script_name()
    {
        // "{{ x | downcase }}" (Liquid style) names no type, and a template file outside the test projects' folders (or
        // with an extension the targets do not pass) is not in the compilation's additional files.
        var compilation = TestSources.Library("namespace Shop { public class StringFunctions { public static long ToLong(string s) => s.Length > 9 ? 0 : long.Parse(s); public static string Downcase(string s) => s.ToLowerInvariant(); } public static class Template { public static int Render(string text) { var functions = new StringFunctions(); return functions.GetType().GetMethods().Length + text.Length; } } }");
        Assert.Contains("M:Shop.StringFunctions.Downcase(System.String)", await ReportedAsync(compilation, "class T { int M() => Shop.Template.Render(System.IO.File.ReadAllText(\"downcase.txt\") + \"{{ x | downcase }}\"); }"));
    }

    /// <summary>The documentation IDs of every API the diagnostics report (a type-level report lists its members).</summary>
    private static async Task<List<string>> ReportedAsync(Microsoft.CodeAnalysis.Compilation compilation, string test, params string[] scriptTexts)
    {
        var diagnostics = await TestSources.UntestedAsync(compilation, test, scriptTexts);
        return diagnostics.SelectMany(d => (d.Properties[UntestedPublicApiAnalyzer.MembersProperty] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries)).ToList();
    }
}
