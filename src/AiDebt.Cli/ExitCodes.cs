namespace AiDebt.Cli;

/// <summary>The process exit codes, a public contract for CI scripts (documented in docs/sarif.md).</summary>
public static class ExitCodes
{
    /// <summary>The command did its work; for <c>compare</c>, the gate passed.</summary>
    public const int Success = 0;

    /// <summary><c>compare</c> only: the gate failed (new findings, or more new debt than allowed).</summary>
    public const int GateFailed = 1;

    /// <summary>Bad command line, missing or malformed input, or a project that cannot be analysed. Nothing was written.</summary>
    public const int UsageOrInputError = 2;
}
