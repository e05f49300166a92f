using System.Buffers.Binary;
using System.Text;
using ConvSpec.Shapes;

namespace ConvSpec.Npy;

/// <summary>
/// Reads an .npy header defensively: every length is checked against the bytes actually present and against
/// fixed limits before anything is allocated from it, and the dict literal is parsed by a small grammar
/// (never evaluated): dict := '{' (key ':' value ',')* '}'; key := 'descr' | 'fortran_order' | 'shape';
/// value := string | True | False | '(' (int ',')* int? ')'.
/// </summary>
internal static class NpyHeaderParser
{
    /// <summary>Reads and validates the header at the start of <paramref name="stream"/>.</summary>
    public static NpyHeader Read(Stream stream, string name)
    {
        Span<byte> prefix = stackalloc byte[12];
        ReadExactly(stream, prefix[..8], name, "the 8-byte magic and version");
        if (!prefix[..6].SequenceEqual(NpyHeader.Magic))
            throw new ArgumentException($"{name}: not an .npy file (the first 6 bytes must be \\x93NUMPY)", name);
        var (major, minor) = (prefix[6], prefix[7]);
        if (major is < 1 or > 3 || minor != 0)
            throw new NotSupportedException($"{name}: .npy format version {major}.{minor} is not supported (supported: 1.0, 2.0, 3.0)");
        long length;
        if (major == 1)
        {
            ReadExactly(stream, prefix[8..10], name, "the header length");
            length = BinaryPrimitives.ReadUInt16LittleEndian(prefix[8..]);
        }
        else
        {
            ReadExactly(stream, prefix[8..12], name, "the header length");
            length = BinaryPrimitives.ReadUInt32LittleEndian(prefix[8..]);
        }
        if (length > NpyHeader.MaxHeaderLength)
            throw new ArgumentException($"{name}: header length {length} exceeds the limit of {NpyHeader.MaxHeaderLength} bytes", name);
        if (stream.CanSeek && stream.Length - stream.Position < length)
            throw new ArgumentException(
                $"{name}: header length says {length} bytes but only {stream.Length - stream.Position} follow", name);
        var bytes = new byte[length];
        ReadExactly(stream, bytes, name, $"the {length}-byte header");
        var text = (major == 3 ? Encoding.UTF8 : Encoding.Latin1).GetString(bytes);
        return Parse(text, name);
    }

    /// <summary>Reads exactly buffer.Length bytes or fails naming what was being read.</summary>
    public static void ReadExactly(Stream stream, Span<byte> buffer, string name, string what)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer[total..]);
            if (n == 0)
                throw new ArgumentException($"{name}: file ends inside {what} (read {total} of {buffer.Length} bytes)", name);
            total += n;
        }
    }

    /// <summary>Parses the dict literal.</summary>
    public static NpyHeader Parse(string text, string name)
    {
        var p = new Cursor(text, name);
        p.Expect('{');
        string? descr = null;
        bool? fortran = null;
        int[]? shape = null;
        while (!p.TryTake('}'))
        {
            var key = p.QuotedString();
            p.Expect(':');
            switch (key)
            {
                case "descr":
                    if (p.Peek() is not ('\'' or '"'))
                        throw new NotSupportedException($"{name}: structured dtypes (a descr that is not a string) are not supported");
                    descr = p.QuotedString();
                    break;
                case "fortran_order": fortran = p.Boolean(); break;
                case "shape": shape = p.Tuple(); break;
                default: throw new ArgumentException($"{name}: unknown header key '{key}' (known: descr, fortran_order, shape)", name);
            }
            if (!p.TryTake(',')) { p.Expect('}'); break; }
        }
        p.End();
        if (descr is null || fortran is null || shape is null)
            throw new ArgumentException($"{name}: header must have the keys descr, fortran_order and shape (got '{text.Trim()}')", name);
        IndexSpace.ElementCount(shape, name + " shape");
        return new NpyHeader(NpyDescr.Parse(descr, name + " descr"), fortran.Value, shape);
    }

    private sealed class Cursor(string text, string name)
    {
        private int at;

        public char Peek()
        {
            while (at < text.Length && text[at] is ' ' or '\t' or '\n' or '\r') at++;
            return at < text.Length ? text[at] : '\0';
        }

        public bool TryTake(char c)
        {
            if (Peek() != c) return false;
            at++;
            return true;
        }

        public void Expect(char c)
        {
            if (!TryTake(c)) throw Error($"expected '{c}'");
        }

        public void End()
        {
            if (Peek() != '\0') throw Error("unexpected text after the dict");
        }

        public string QuotedString()
        {
            var quote = Peek();
            if (quote is not ('\'' or '"')) throw Error("expected a quoted string");
            // length = the characters between the quotes (0 for ''); -1 when the closing quote is missing.
            var length = text.AsSpan(at + 1).IndexOf(quote);
            if (length < 0) throw Error("unterminated string");
            var s = text.Substring(at + 1, length);
            at += length + 2;
            return s;
        }

        public bool Boolean()
        {
            Peek();
            if (string.CompareOrdinal(text, at, "True", 0, 4) == 0) { at += 4; return true; }
            if (string.CompareOrdinal(text, at, "False", 0, 5) == 0) { at += 5; return false; }
            throw Error("fortran_order must be True or False");
        }

        public int[] Tuple()
        {
            Expect('(');
            var extents = new List<int>();
            while (!TryTake(')'))
            {
                extents.Add(Extent());
                if (extents.Count > 64) throw Error("shape has more than 64 axes");
                if (!TryTake(',')) { Expect(')'); break; }
            }
            return extents.ToArray();
        }

        /// <summary>
        /// An extent: '-'? digit*. The caller's TryTake(')') has already skipped the whitespace before it. A token
        /// longer than 12 characters is refused whole, naming its length (any such extent NumPy writes exceeds
        /// int.MaxValue); shorter ones parse as long without overflow and report their exact value.
        /// </summary>
        private int Extent()
        {
            var start = at;
            if (at < text.Length && text[at] == '-') at++;
            while (at < text.Length && char.IsAsciiDigit(text[at])) at++;
            if (at - start > 12) throw Error($"a shape extent of {at - start} characters is too long (at most 12)");
            var token = text[start..at];
            if (!long.TryParse(token, out var v)) throw Error("shape extents must be integers");
            if (v < 0) throw Error($"shape extents must be non-negative (got {v})");
            if (v > int.MaxValue) throw Error($"shape extent {v} exceeds {int.MaxValue}");
            return (int)v;
        }

        private ArgumentException Error(string rule) =>
            new($"{name}: malformed header: {rule} at offset {at} of '{Truncated()}'", name);

        private string Truncated() => text.Length <= 120 ? text.TrimEnd() : text[..120] + "...";
    }
}
