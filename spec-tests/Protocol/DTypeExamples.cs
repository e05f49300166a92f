using System.Numerics;
using ConvSpec.Arithmetic;
using ConvSpec.Protocol;
using ConvSpec.SpecTests.TestSupport;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>dtype names, NumPy's promotion, wire tensors and element conversion.</summary>
public class DTypeExamples
{
    [Fact]
    public void Names_parse_and_print_as_NumPy_spells_them()
    {
        foreach (var d in Enum.GetValues<DType>()) Assert.Equal(d, DTypes.Parse(d.Name()));
        Assert.Equal("complex64", DType.Complex64.Name());
        Assert.Equal("float32", DType.Float32.Name());
        Assert.Contains("(got null)", Reject.Named<ArgumentException>("dtype", () => DTypes.Parse(null)).Message);
        Assert.Contains("(got Float32)", Reject.Named<ArgumentException>("x", () => DTypes.Parse("Float32", "x")).Message);
        Assert.False(DType.Float64.IsComplex());
        Assert.True(DType.Complex64.IsComplex());
        Assert.True(DType.Complex128.IsComplex());
    }

    /// <summary>numpy.result_type over these five dtypes (NumPy 1.24).</summary>
    [Theory]
    [InlineData(DType.Int64, DType.Int64, DType.Int64)]
    [InlineData(DType.Int64, DType.Float32, DType.Float64)]
    [InlineData(DType.Float32, DType.Float32, DType.Float32)]
    [InlineData(DType.Float32, DType.Float64, DType.Float64)]
    [InlineData(DType.Int64, DType.Complex64, DType.Complex128)]
    [InlineData(DType.Float32, DType.Complex64, DType.Complex64)]
    [InlineData(DType.Complex64, DType.Float32, DType.Complex64)]
    [InlineData(DType.Complex64, DType.Complex64, DType.Complex64)]
    [InlineData(DType.Float64, DType.Complex64, DType.Complex128)]
    [InlineData(DType.Complex64, DType.Float64, DType.Complex128)]
    [InlineData(DType.Complex64, DType.Complex128, DType.Complex128)]
    [InlineData(DType.Complex128, DType.Float32, DType.Complex128)]
    [InlineData(DType.Complex128, DType.Complex64, DType.Complex128)]
    public void NumPy_promotion(DType a, DType b, DType expected)
    {
        Assert.Equal(expected, DTypes.Promote(a, b));
        Assert.Equal(expected, DTypes.Promote([a, b, a]));
    }

    [Fact]
    public void Wire_tensors_hold_their_elements_by_kind()
    {
        var i = TensorValue.Int64([2], [3, -4]);
        Assert.Equal(2, i.Length);
        Assert.Equal("int64 2", i.ToString());
        Assert.Equal(new NdArray<long>([2], [3, -4]), i.AsInt64());
        Assert.Equal(new NdArray<double>([2], [3, -4]), i.AsDouble());
        Assert.Equal(new NdArray<Complex>([2], [3, -4]), i.AsComplex());
        var f = TensorValue.Real(DType.Float32, [1], [0.1]);
        Assert.Equal(new[] { (double)0.1f }, f.Data);
        Assert.Equal(new NdArray<double>([1], [(double)0.1f]), f.AsDouble());
        Assert.Equal(new NdArray<Complex>([1], [(double)0.1f]), f.AsComplex());
        Assert.Equal(new[] { 0.1 }, TensorValue.Real(DType.Float64, [1], [0.1]).Data);
        Assert.Contains("must be int64 (got float32)", Reject.Named<ArgumentException>("tensor", () => f.AsInt64()).Message);
        var c = TensorValue.Complex(DType.Complex64, [1], [new(0.1, 0.2)]);
        Assert.Equal(new[] { new Complex((float)0.1, (float)0.2) }, c.Data);
        Assert.Equal(new[] { new Complex(0.1, 0.2) }, TensorValue.Complex(DType.Complex128, [1], [new(0.1, 0.2)]).Data);
        Assert.Equal(c.Data, c.AsComplex().Data);
        Assert.Contains("must be real (got complex64)", Reject.Named<ArgumentException>("tensor", () => c.AsDouble()).Message);
        Reject.Named<ArgumentException>("dtype", () => TensorValue.Real(DType.Int64, [1], [1]));
        Reject.Named<ArgumentException>("dtype", () => TensorValue.Complex(DType.Float64, [1], [1]));
        Assert.Contains("must hold 2 elements for shape 2 (got 1)", Reject.Named<ArgumentException>("data", () => TensorValue.Int64([2], [1])).Message);
        Reject.Named<ArgumentNullException>("shape", () => TensorValue.Int64(null!, [1]));
    }

    [Fact]
    public void Wire_scalars_convert_to_each_computing_type()
    {
        Assert.Equal((Int128)5, Element.From<Int128>(5L, "v"));
        Assert.Equal((Int128)(-3), Element.From<Int128>(-3.0, "v"));
        Assert.Equal((Int128)9.2e18, Element.From<Int128>(9.2e18, "v"));
        Assert.Contains("1.5 cannot be used with Int128 elements", Reject.Named<ArgumentException>("v", () => Element.From<Int128>(1.5, "v")).Message);
        Assert.Equal((Int128)long.MinValue, Element.From<Int128>(-9223372036854775808.0, "v"));
        Assert.Equal((Int128)9223372036854774784L, Element.From<Int128>(9223372036854774784.0, "v"));
        Reject.Named<ArgumentException>("v", () => Element.From<Int128>(9223372036854775808.0, "v"));
        Reject.Named<ArgumentException>("v", () => Element.From<Int128>(9.25e18, "v"));
        Reject.Named<ArgumentException>("v", () => Element.From<Int128>(-9223372036854777856.0, "v"));
        Reject.Named<ArgumentException>("v", () => Element.From<Int128>(9.4e18, "v"));
        Reject.Named<ArgumentException>("v", () => Element.From<Int128>(-9.4e18, "v"));
        Reject.Named<ArgumentException>("v", () => Element.From<Int128>(double.NaN, "v"));
        Reject.Named<ArgumentException>("v", () => Element.From<Int128>(double.PositiveInfinity, "v"));
        Assert.Equal(Dyadic.FromInteger(-2), Element.From<Dyadic>(-2L, "v"));
        Assert.Equal(Dyadic.FromDouble(0.1), Element.From<Dyadic>(0.1, "v"));
        Reject.Named<ArgumentException>("v", () => Element.From<Dyadic>(double.NaN, "v"));
        Assert.Equal(4.0, Element.From<double>(4L, "v"));
        Assert.Equal(0.25, Element.From<double>(0.25, "v"));
        Reject.Named<ArgumentException>("v", () => Element.From<double>(new Complex(1, 1), "v"));
        Assert.Equal(new Complex(4, 0), Element.From<Complex>(4L, "v"));
        Assert.Equal(new Complex(0.5, 0), Element.From<Complex>(0.5, "v"));
        Assert.Equal(new Complex(1, 2), Element.From<Complex>(new Complex(1, 2), "v"));
        Reject.Named<ArgumentException>("v", () => Element.From<float>(1L, "v"));
    }

    [Fact]
    public void Narrowing_to_int64_keeps_the_whole_range_and_rejects_beyond()
    {
        Assert.Equal(long.MaxValue, DTypeDispatch.Narrow(long.MaxValue, "op"));
        Assert.Equal(long.MinValue, DTypeDispatch.Narrow(long.MinValue, "op"));
        Assert.StartsWith("op: result element 9223372036854775808 does not fit in int64",
            Assert.Throws<OverflowException>(() => DTypeDispatch.Narrow((Int128)long.MaxValue + 1, "op")).Message);
        Assert.Throws<OverflowException>(() => DTypeDispatch.Narrow((Int128)long.MinValue - 1, "op"));
    }
}
