using ConvSpec.Npy;
using ConvSpec.Protocol;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Npy;

/// <summary>Laws of the .npy reader and writer.</summary>
public class NpyLaws
{
    /// <summary>Reading what was written gives the same tensor, bit for bit, in every version, byte order and layout.</summary>
    [Property(MaxTest = 300 / CaseCount.Divisor)]
    public Property Reading_what_was_written_gives_the_same_tensor() =>
        Prop.ForAll(NpyGen.Tensor.ToArbitrary(), NpyGen.Options.ToArbitrary(), (tensor, options) =>
            NpyGen.SameBits(tensor, NpyFile.Read(new MemoryStream(NpyFile.ToBytes(tensor, options)))));

    /// <summary>The data starts at a multiple of 64 bytes, as NumPy aligns it.</summary>
    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property Data_starts_at_a_multiple_of_64_bytes() =>
        Prop.ForAll(NpyGen.Tensor.ToArbitrary(), NpyGen.Options.ToArbitrary(), (tensor, options) =>
        {
            var file = NpyFile.ToBytes(tensor, options);
            var itemSize = NpyDescr.Of(tensor.DType, options.ByteOrder).ItemSize;
            return (file.Length - tensor.Length * itemSize) % NpyHeader.Alignment == 0;
        });

    /// <summary>Cutting any byte off the end of a file makes it an error, never a shorter tensor.</summary>
    [Property(MaxTest = 100 / CaseCount.Divisor)]
    public Property A_truncated_file_is_an_error() =>
        Prop.ForAll(NpyGen.Tensor.ToArbitrary(), NpyGen.Options.ToArbitrary(), Gen.Choose(1, 1000).ToArbitrary(), (tensor, options, cut) =>
        {
            var file = NpyFile.ToBytes(tensor, options);
            var truncated = file[..Math.Max(0, file.Length - cut)];
            return Throws(() => NpyFile.Read(new MemoryStream(truncated)));
        });

    /// <summary>Appending bytes to a file makes it an error (the data must be exactly shape × item size).</summary>
    [Property(MaxTest = 50 / CaseCount.Divisor)]
    public Property A_file_with_trailing_bytes_is_an_error() =>
        Prop.ForAll(NpyGen.Tensor.ToArbitrary(), Gen.Choose(1, 20).ToArbitrary(), (tensor, extra) =>
            Throws(() => NpyFile.Read(new MemoryStream([.. NpyFile.ToBytes(tensor), .. new byte[extra]]))));

    private static bool Throws(Action read)
    {
        try
        {
            read();
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
