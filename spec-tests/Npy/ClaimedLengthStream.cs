namespace ConvSpec.SpecTests.Npy;

/// <summary>
/// A stream holding <paramref name="present"/> bytes that claims <paramref name="claimedLength"/>: when it can
/// seek, Length reports the claim (so a reader trusts a size it never has to allocate here); when it cannot,
/// Length and Position throw, as a pipe's do. Reads past the present bytes return 0 (end of stream).
/// </summary>
public sealed class ClaimedLengthStream(byte[] present, long claimedLength, bool canSeek) : Stream
{
    private readonly MemoryStream inner = new(present);

    /// <summary>A pipe holding exactly <paramref name="present"/>.</summary>
    public static ClaimedLengthStream Pipe(byte[] present) => new(present, present.Length, canSeek: false);

    public override bool CanRead => true;
    public override bool CanSeek => canSeek;
    public override bool CanWrite => false;
    public override long Length => canSeek ? claimedLength : throw new NotSupportedException();

    public override long Position
    {
        get => canSeek ? inner.Position : throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
    public override int Read(Span<byte> buffer) => inner.Read(buffer); // Stream's default rents a buffer as large as the span
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
