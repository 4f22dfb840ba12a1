using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Duplication;

/// <summary>
/// A clone group's id (<see cref="CloneGroup.Id"/>): SHA-256 over the mode and the normalized tokens of the group's first
/// copy, so the id is the same in every run: the text <see cref="Fingerprint.Hash"/> hashes (the units joined by spaces),
/// written into buffers the thread keeps.
/// </summary>
internal static class CloneGroupIds
{
    // Ids are computed when a finding first reads them, on whichever thread reports it: each thread writes into its own
    // buffers and hashes with its own SHA-256 (a list of strings, their joined copy, its bytes and a hash object per
    // group were a fifth of what building the index allocated on a code base full of copies).
    [ThreadStatic]
    private static Writer? writer;

    private const int MaxKeptChars = 1 << 16;

    public static string Of(SyntaxTree tree, TextSpan span, CloneMode mode)
    {
        var ids = writer ??= new Writer();
        var root = tree.GetRoot();
        var text = ids.Text;
        var names = ids.Names;
        text.Clear();
        names.Clear();
        text.Append(ids.ModeName(mode));
        var walk = new TokenWalk(root, span);
        while (walk.Next(out var token))
        {
            if (token.IsMissing || token.Span.IsEmpty || !span.Contains(token.Span))
            {
                continue;
            }

            text.Append(' ');
            if (mode == CloneMode.Exact || !TreeCloneData.IsAbstracted(token))
            {
                text.Append(token.Text);
            }
            else if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                if (mode == CloneMode.Blind)
                {
                    text.Append("$id");
                }
                else
                {
                    if (!names.TryGetValue(token.Text, out var index))
                    {
                        index = names.Count;
                        names[token.Text] = index;
                    }

                    text.Append('$').Append(index.ToString(CultureInfo.InvariantCulture));
                }
            }
            else
            {
                text.Append('$').Append(ids.KindName(token.RawKind));
            }
        }

        // The buffers keep no text of a tree past the call (the names' keys are the tokens' own strings), and no more
        // room than an ordinary block needs after a very long one.
        names.Clear();
        var id = ids.Hash();
        if (text.Capacity > MaxKeptChars)
        {
            ids.Shrink();
        }

        return id;
    }

    private sealed class Writer
    {
        private readonly SHA256 sha = SHA256.Create();
        private readonly Dictionary<int, string> kindNames = new();
        private char[] chars = new char[1024];
        private byte[] bytes = new byte[1024];

        public StringBuilder Text { get; } = new();

        public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);

        public string ModeName(CloneMode mode) => mode switch
        {
            CloneMode.Exact => nameof(CloneMode.Exact),
            CloneMode.Blind => nameof(CloneMode.Blind),
            _ => nameof(CloneMode.Renamed),
        };

        public string KindName(int kind)
        {
            if (!kindNames.TryGetValue(kind, out var name))
            {
                name = ((SyntaxKind)kind).ToString();
                kindNames[kind] = name;
            }

            return name;
        }

        public void Shrink()
        {
            Text.Clear();
            Text.Capacity = MaxKeptChars;
            chars = new char[1024];
            bytes = new byte[1024];
        }

        public string Hash()
        {
            var length = Text.Length;
            if (chars.Length < length)
            {
                chars = new char[Math.Max(length, chars.Length * 2)];
            }

            Text.CopyTo(0, chars, 0, length);
            var byteCount = Encoding.UTF8.GetByteCount(chars, 0, length);
            if (bytes.Length < byteCount)
            {
                bytes = new byte[Math.Max(byteCount, bytes.Length * 2)];
            }

            Encoding.UTF8.GetBytes(chars, 0, length, bytes, 0);
            return Fingerprint.HexPrefix(sha.ComputeHash(bytes, 0, byteCount));
        }
    }
}
