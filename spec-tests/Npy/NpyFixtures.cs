using System.Numerics;
using ConvSpec.Npy;
using ConvSpec.Protocol;

namespace ConvSpec.SpecTests.Npy;

/// <summary>
/// Files written by NumPy 1.24 (spec-tests/Npy/Fixtures/make_fixtures.py, run with /usr/bin/python3) read back
/// to the arrays that script builds, written out here as literals.
/// </summary>
public class NpyFixtures
{
    private static readonly long[] Base = [1, -2, 3, 40, -50, 60];

    private static TensorValue Read(string name) =>
        NpyFile.ReadFile(Path.Combine(AppContext.BaseDirectory, "Npy", "Fixtures", name));

    private static void AssertInt64(TensorValue t, int[] shape, long[] data)
    {
        Assert.Equal(DType.Int64, t.DType);
        Assert.Equal(shape, t.Shape);
        Assert.Equal(data, (long[])t.Data);
    }

    [Theory]
    [InlineData("int64_c.npy")]
    [InlineData("int64_f.npy")]
    [InlineData("int64_be.npy")]
    [InlineData("int32.npy")]
    [InlineData("int16_be.npy")]
    [InlineData("int8.npy")]
    public void Integer_files_in_every_width_order_and_layout_read_as_the_same_int64_matrix(string name) =>
        AssertInt64(Read(name), [2, 3], Base);

    [Fact]
    public void Unsigned_and_bool_files_read_as_int64()
    {
        AssertInt64(Read("uint8.npy"), [3], [0, 7, 255]);
        AssertInt64(Read("uint64.npy"), [2], [0, long.MaxValue]);
        AssertInt64(Read("bool.npy"), [3], [1, 0, 1]);
    }

    [Fact]
    public void Float16_reads_exactly_as_float32()
    {
        var t = Read("float16.npy");
        Assert.Equal(DType.Float32, t.DType);
        Assert.Equal([0.5, -1.25, 65504.0], (double[])t.Data);
    }

    [Theory]
    [InlineData("float32_c.npy")]
    [InlineData("float32_f_be.npy")]
    public void Float32_files_read_their_float_values(string name)
    {
        var t = Read(name);
        Assert.Equal(DType.Float32, t.DType);
        Assert.Equal([2, 2], t.Shape);
        Assert.Equal([(double)0.1f, -2.5, (double)3.0e38f, (double)1e-45f], (double[])t.Data);
    }

    [Fact]
    public void Float64_file_keeps_negative_zero_infinities_nan_and_subnormals()
    {
        var t = Read("float64_c.npy");
        var d = (double[])t.Data;
        Assert.Equal(DType.Float64, t.DType);
        Assert.Equal([2, 3], t.Shape);
        Assert.Equal(0.1, d[0]);
        Assert.True(double.IsNegative(d[1]) && d[1] == 0);
        Assert.Equal([double.PositiveInfinity, double.NegativeInfinity], d[2..4]);
        Assert.True(double.IsNaN(d[4]));
        Assert.Equal(double.Epsilon, d[5]);
    }

    [Fact]
    public void Version_2_and_3_files_read()
    {
        var v2 = Read("float64_v2.npy");
        Assert.Equal([2, 3], v2.Shape);
        Assert.Equal([0, 0.25, 0.5, 0.75, 1.0, 1.25], (double[])v2.Data);
        var v3 = Read("float64_v3.npy");
        Assert.Equal([3, 2], v3.Shape);
        Assert.Equal([0, 0.125, 0.25, 0.375, 0.5, 0.625], (double[])v3.Data);
    }

    [Fact]
    public void Complex_files_read_in_both_byte_orders_and_fortran_layout()
    {
        var c64 = Read("complex64.npy");
        Assert.Equal(DType.Complex64, c64.DType);
        Assert.Equal([new Complex(1, 2), new Complex(-0.5, -0.25)], (Complex[])c64.Data);
        var f = Read("complex128_f.npy");
        Assert.Equal(DType.Complex128, f.DType);
        Assert.Equal([2, 3], f.Shape);
        Assert.Equal([new(1, 1), new(2, -1), new(0, 0.1), new(3, 0), new(0, -4), new Complex(5, 0.5)], (Complex[])f.Data);
        Assert.Equal([new Complex(1, 2), new Complex(3, -4)], (Complex[])Read("complex128_be.npy").Data);
    }

    [Fact]
    public void Scalar_rank3_fortran_and_empty_files_read()
    {
        var s = Read("scalar.npy");
        Assert.Empty(s.Shape);
        Assert.Equal([2.5], (double[])s.Data);
        AssertInt64(Read("rank3_f.npy"), [2, 3, 4], Enumerable.Range(0, 24).Select(i => (long)i).ToArray());
        var e = Read("empty.npy");
        Assert.Equal([0, 3], e.Shape);
        Assert.Empty((double[])e.Data);
    }

    [Theory]
    [InlineData("string.npy")]
    [InlineData("datetime.npy")]
    [InlineData("structured.npy")]
    public void Element_types_without_an_exact_protocol_dtype_are_unsupported(string name) =>
        Assert.Throws<NotSupportedException>(() => Read(name));

    /// <summary>The writer reproduces NumPy's bytes exactly for the five protocol dtypes, in each layout.</summary>
    [Theory]
    [InlineData("int64_c.npy")]
    [InlineData("int64_f.npy")]
    [InlineData("int64_be.npy")]
    [InlineData("float32_c.npy")]
    [InlineData("float32_f_be.npy")]
    [InlineData("float64_c.npy")]
    [InlineData("float64_v2.npy")]
    [InlineData("float64_v3.npy")]
    [InlineData("complex64.npy")]
    [InlineData("complex128_f.npy")]
    [InlineData("complex128_be.npy")]
    [InlineData("scalar.npy")]
    [InlineData("rank3_f.npy")]
    [InlineData("empty.npy")]
    public void Writing_a_NumPy_file_back_reproduces_its_bytes(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Npy", "Fixtures", name));
        var tensor = NpyFile.Read(new MemoryStream(bytes));
        var header = NpyFile.ReadHeader(new MemoryStream(bytes));
        var options = new NpyWriteOptions(bytes[6], header.Descr.Order, header.FortranOrder);
        Assert.Equal(bytes, NpyFile.ToBytes(tensor, options));
    }
}
