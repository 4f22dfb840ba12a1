using System;
using System.IO;

namespace AiDebt.Cli;

/// <summary>
/// Writes an output only once all inputs have been read: the text goes to a temporary file beside the target, which then
/// replaces it, so a failure never leaves a half-written or emptied file.
/// </summary>
public static class OutputFile
{
    public static void Write(string path, string content)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        try
        {
            Directory.CreateDirectory(directory);
            var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
            File.WriteAllText(temporary, content, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException("Cannot write '" + path + "': " + ex.Message, ex);
        }
    }
}
