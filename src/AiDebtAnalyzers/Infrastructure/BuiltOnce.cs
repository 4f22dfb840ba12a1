using System;
using System.Threading;

namespace AiDebtAnalyzers.Infrastructure;

/// <summary>
/// A value of one compilation built once, by whichever action first needs it. Unlike <see cref="Lazy{T}"/>, which caches
/// the exception of a failed first build, a build cancelled by its caller stores nothing and the next caller builds it
/// under its own token; callers that arrive during a build wait for it in short slices, honouring their own
/// cancellation, and <see cref="Prepare"/> starts it early without ever waiting.
/// </summary>
internal sealed class BuiltOnce<T>
    where T : class
{
    public const int WaitSlice = 50;

    private readonly Func<CancellationToken, T> build;
    private readonly object gate = new();
    private T? value;

    public BuiltOnce(Func<CancellationToken, T> build) => this.build = build;

    /// <summary>The value, built now if no one has built it; waits for a build under way.</summary>
    public T Get(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref value) is { } built)
        {
            return built;
        }

        while (!Monitor.TryEnter(gate, WaitSlice))
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        try
        {
            return Build(cancellationToken);
        }
        finally
        {
            Monitor.Exit(gate);
        }
    }

    /// <summary>Builds the value unless it is built or being built; never waits (for actions that do not need it yet).</summary>
    public void Prepare(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref value) is not null || !Monitor.TryEnter(gate))
        {
            return;
        }

        try
        {
            _ = Build(cancellationToken);
        }
        finally
        {
            Monitor.Exit(gate);
        }
    }

    private T Build(CancellationToken cancellationToken)
    {
        if (value is { } built)
        {
            return built;
        }

        built = build(cancellationToken);
        Volatile.Write(ref value, built);
        return built;
    }
}
