using System;

namespace AiDebt.Cli;

/// <summary>A usage or input error the user can fix; reported as one line and exit code 2.</summary>
public sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliException()
    {
    }
}
