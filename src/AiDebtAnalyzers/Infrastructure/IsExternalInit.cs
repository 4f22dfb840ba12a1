namespace System.Runtime.CompilerServices;

/// <summary>
/// The type the compiler needs, by name, to emit records and <c>init</c> accessors; netstandard2.0 lacks it. Internal,
/// so the projects that see this assembly's internals still bind to their own framework's copy.
/// </summary>
internal static class IsExternalInit
{
}
