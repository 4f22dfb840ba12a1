using System.Collections.Immutable;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// The kinds of test reference AID301 counts, one per row of the table in docs/rules/AID301.md; the tests check that
/// the page lists exactly these and that each has a case that counts and one that does not.
/// </summary>
internal static class TestReferenceKinds
{
    public const string TypeName = "type-name";
    public const string Creation = "creation";
    public const string ReceivedInstance = "received-instance";
    public const string MemberName = "member-name";
    public const string NamedAttributeArgument = "named-attribute-argument";
    public const string ConstructorArgument = "constructor-argument";
    public const string OverrideInTest = "override-in-test";
    public const string SubclassInTest = "subclass-in-test";
    public const string InheritedMember = "inherited-member";
    public const string ProtectedMember = "protected-member";
    public const string EventRaiser = "event-raiser";
    public const string AttributeNamedMember = "attribute-named-member";
    public const string ExtensionMethod = "extension-method";
    public const string Indexer = "indexer";
    public const string Operator = "operator";
    public const string Conversion = "conversion";
    public const string PatternMethod = "pattern-method";
    public const string InterpolatedStringHandler = "interpolated-string-handler";
    public const string ReachedType = "reached-type";
    public const string CoveredByType = "covered-by-type";
    public const string LibraryCall = "library-call";
    public const string ReflectionFactory = "reflection-factory";
    public const string ReflectionWalk = "reflection-walk";
    public const string MarkerInterface = "marker-interface";
    public const string Registration = "registration";
    public const string FrameworkCallback = "framework-callback";
    public const string ImplementedContract = "implemented-contract";
    public const string LambdaParameter = "lambda-parameter";
    public const string ScriptName = "script-name";
    public const string TableRow = "table-row";
    public const string CompanionOperator = "companion-operator";
    public const string KeysAndData = "keys-and-data";
    public const string StaticSetter = "static-setter";
    public const string AsyncMirror = "async-mirror";
    public const string AsyncTwin = "async-twin";
    public const string SoleImplementation = "sole-implementation";
    public const string TypeArgumentOverload = "type-argument-overload";
    public const string DeclarativeAttribute = "declarative-attribute";
    public const string InteropForward = "interop-forward";
    public const string EmptySubclass = "empty-subclass";
    public const string DelegateType = "delegate-type";

    public static ImmutableArray<string> All { get; } = ImmutableArray.Create(
        TypeName, Creation, ReceivedInstance, MemberName, NamedAttributeArgument, ConstructorArgument, OverrideInTest,
        SubclassInTest, InheritedMember, ProtectedMember, EventRaiser, AttributeNamedMember, ExtensionMethod, Indexer, Operator, Conversion, PatternMethod, InterpolatedStringHandler, ReachedType, CoveredByType,
        LibraryCall, ReflectionFactory, ReflectionWalk, MarkerInterface, Registration, FrameworkCallback, ImplementedContract, LambdaParameter, ScriptName, TableRow,
        CompanionOperator, KeysAndData, StaticSetter, AsyncMirror, AsyncTwin, SoleImplementation, TypeArgumentOverload, DeclarativeAttribute, InteropForward, EmptySubclass,
        DelegateType);
}
