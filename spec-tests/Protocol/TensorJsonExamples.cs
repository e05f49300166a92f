using System.Numerics;
using System.Text;
using System.Text.Json;
using ConvSpec.Protocol;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>The protocol's tensor encodings (docs/protocol.md): nested arrays, the object form, and the written text.</summary>
public class TensorJsonExamples
{
    private static TensorValue Read(string json) => TensorJson.Read(JsonDocument.Parse(json).RootElement, "t");

    private static string Write(TensorValue t)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) TensorJson.Write(writer, t);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Nested_integers_are_int64_and_any_fraction_makes_float64()
    {
        var i = Read("[[1,2,3],[4,5,-6]]");
        Assert.Equal(DType.Int64, i.DType);
        Assert.Equal([2, 3], i.Shape);
        Assert.Equal(new long[] { 1, 2, 3, 4, 5, -6 }, i.Data);
        var f = Read("[1, 2.5, 1e2]");
        Assert.Equal(DType.Float64, f.DType);
        Assert.Equal(new[] { 1, 2.5, 100 }, f.Data);
        Assert.Equal(DType.Float64, Read("[1, 2E1]").DType);
        Assert.Equal(DType.Float64, Read("[1, \"NaN\"]").DType);
        var s = Read("7");
        Assert.Empty(s.Shape);
        Assert.Equal(new long[] { 7 }, s.Data);
        var empty = Read("[]");
        Assert.Equal([0], empty.Shape);
        Assert.Equal(DType.Float64, empty.DType);
        Assert.Equal([1, 0], Read("[[]]").Shape);
        Assert.Equal(new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity }, Read("[\"NaN\",\"Infinity\",\"-Infinity\"]").Data);
    }

    [Fact]
    public void Malformed_nested_arrays_are_rejected_naming_the_argument()
    {
        Assert.Contains("axis 1 should have length 2, got length 1", Reject.Named<ArgumentException>("t", () => Read("[[1,2],[3]]")).Message);
        Assert.Contains("axis 1 should have length 2, got number", Reject.Named<ArgumentException>("t", () => Read("[[1,2],3]")).Message);
        Assert.Contains("too deep at axis 2", Reject.Named<ArgumentException>("t", () => Read("[[1,[2]]]")).Message);
        Assert.Contains("(got \"x\")", Reject.Named<ArgumentException>("t", () => Read("[1,\"x\"]")).Message);
        Assert.Contains("(got true)", Reject.Named<ArgumentException>("t", () => Read("[1,true]")).Message);
        Assert.Contains("(got True)", Reject.Named<ArgumentException>("t", () => Read("true")).Message);
        Reject.Named<ArgumentException>("t", () => Read("null"));
        Assert.Contains("does not fit in int64", Reject.Named<ArgumentException>("t", () => Read("[9223372036854775808]")).Message);
    }

    [Fact]
    public void The_object_form_gives_dtype_shape_and_row_major_data()
    {
        var t = Read("{\"dtype\":\"float32\",\"shape\":[2,1],\"data\":[0.1,-2]}");
        Assert.Equal(DType.Float32, t.DType);
        Assert.Equal([2, 1], t.Shape);
        Assert.Equal(new[] { (double)0.1f, -2 }, t.Data);
        Assert.Equal(new[] { 0.1 }, Read("{\"dtype\":\"float64\",\"shape\":[1],\"data\":[0.1]}").Data);
        Assert.Equal(new long[] { -3 }, Read("{\"shape\":[],\"data\":[-3],\"dtype\":\"int64\"}").Data);
        var c = Read("{\"dtype\":\"complex64\",\"shape\":[3],\"data\":[[1,0.1],2,[\"NaN\",-1]]}");
        Assert.Equal(DType.Complex64, c.DType);
        var z = (Complex[])c.Data;
        Assert.Equal(new Complex(1, 0.1f), z[0]);
        Assert.Equal(new Complex(2, 0), z[1]);
        Assert.True(double.IsNaN(z[2].Real));
        Assert.Equal(new Complex(0.1, 0), ((Complex[])Read("{\"dtype\":\"complex128\",\"shape\":[1],\"data\":[0.1]}").Data)[0]);
    }

    /// <summary>
    /// float32 text is rounded once, to float: 1.0000000596046447753906251 lies just above the tie 1 + 2^-24 between
    /// 1 and 1 + 2^-23, so it is 1 + 2^-23; rounding to double first would land on the tie and then go to even, 1.
    /// </summary>
    [Fact]
    public void Float32_and_complex64_text_is_rounded_once_to_float()
    {
        const string text = "1.0000000596046447753906251";
        var above = (double)MathF.BitIncrement(1f);
        Assert.Equal(new[] { above }, Read($"{{\"dtype\":\"float32\",\"shape\":[1],\"data\":[{text}]}}").Data);
        Assert.Equal(new[] { new Complex(above, above) }, Read($"{{\"dtype\":\"complex64\",\"shape\":[1],\"data\":[[{text},{text}]]}}").Data);
        Assert.Equal(new[] { 1.0000000596046448 }, Read($"{{\"dtype\":\"float64\",\"shape\":[1],\"data\":[{text}]}}").Data);
    }

    [Fact]
    public void Malformed_tensor_objects_are_rejected_naming_the_argument()
    {
        Assert.Contains("unknown tensor field 'size'", Reject.Named<ArgumentException>("t", () => Read("{\"dtype\":\"int64\",\"shape\":[1],\"data\":[1],\"size\":1}")).Message);
        Assert.Contains("needs dtype, shape and data", Reject.Named<ArgumentException>("t", () => Read("{\"shape\":[1],\"data\":[1]}")).Message);
        Reject.Named<ArgumentException>("t", () => Read("{\"dtype\":\"int64\",\"data\":[1]}"));
        Reject.Named<ArgumentException>("t", () => Read("{\"dtype\":\"int64\",\"shape\":[1]}"));
        Assert.StartsWith("t.dtype: must be a string", Assert.Throws<ArgumentException>(() => Read("{\"dtype\":1,\"shape\":[1],\"data\":[1]}")).Message);
        Assert.StartsWith("t.dtype: must be one of", Assert.Throws<ArgumentException>(() => Read("{\"dtype\":\"int32\",\"shape\":[1],\"data\":[1]}")).Message);
        Assert.StartsWith("t.shape: must be an array", Assert.Throws<ArgumentException>(() => Read("{\"dtype\":\"int64\",\"shape\":1,\"data\":[1]}")).Message);
        Assert.StartsWith("t.shape: extents must be non-negative integers (got -1)", Assert.Throws<ArgumentException>(() => Read("{\"dtype\":\"int64\",\"shape\":[-1],\"data\":[]}")).Message);
        Assert.StartsWith("t.shape: extents must be non-negative integers (got 1.5)", Assert.Throws<ArgumentException>(() => Read("{\"dtype\":\"int64\",\"shape\":[1.5],\"data\":[1]}")).Message);
        Assert.StartsWith("t.shape: extents must be non-negative integers (got \"1\")", Assert.Throws<ArgumentException>(() => Read("{\"dtype\":\"int64\",\"shape\":[\"1\"],\"data\":[1]}")).Message);
        Assert.Equal([0], Read("{\"dtype\":\"int64\",\"shape\":[0],\"data\":[]}").Shape);
        Assert.StartsWith("t.shape: shape 65536x65536 has more than", Assert.Throws<ArgumentException>(() => Read("{\"dtype\":\"int64\",\"shape\":[65536,65536],\"data\":[]}")).Message);
        Assert.StartsWith("t.data: must be a flat array", Assert.Throws<ArgumentException>(() => Read("{\"dtype\":\"int64\",\"shape\":[1],\"data\":1}")).Message);
        Assert.Contains("data must hold 2 elements for shape 2 (got 1)", Reject.Named<ArgumentException>("t", () => Read("{\"dtype\":\"int64\",\"shape\":[2],\"data\":[1]}")).Message);
        Assert.Contains("int64 elements must be integers (got 1.0)", Reject.Named<ArgumentException>("t", () => Read("{\"dtype\":\"int64\",\"shape\":[1],\"data\":[1.0]}")).Message);
        Assert.Contains("(got \"1\")", Reject.Named<ArgumentException>("t", () => Read("{\"dtype\":\"int64\",\"shape\":[1],\"data\":[\"1\"]}")).Message);
        Assert.Contains("[re, im] pairs (got [1,2,3])", Reject.Named<ArgumentException>("t", () => Read("{\"dtype\":\"complex128\",\"shape\":[1],\"data\":[[1,2,3]]}")).Message);
    }

    [Fact]
    public void Written_tensors_use_the_object_form_and_shortest_round_trip_text()
    {
        Assert.Equal("{\"dtype\":\"int64\",\"shape\":[2,1],\"data\":[-1,9223372036854775807]}", Write(TensorValue.Int64([2, 1], [-1, long.MaxValue])));
        Assert.Equal("{\"dtype\":\"float64\",\"shape\":[5],\"data\":[2.0,0.1,-0.0,1E+300,\"NaN\"]}",
            Write(TensorValue.Real(DType.Float64, [5], [2, 0.1, -0.0, 1e300, double.NaN])));
        Assert.Equal("{\"dtype\":\"float32\",\"shape\":[3],\"data\":[0.1,\"Infinity\",\"-Infinity\"]}",
            Write(TensorValue.Real(DType.Float32, [3], [0.1, double.PositiveInfinity, double.NegativeInfinity])));
        Assert.Equal("{\"dtype\":\"complex64\",\"shape\":[1],\"data\":[[0.1,-2.0]]}", Write(TensorValue.Complex(DType.Complex64, [1], [new(0.1, -2)])));
        Assert.Equal("{\"dtype\":\"complex128\",\"shape\":[],\"data\":[[0.1,3.0]]}", Write(TensorValue.Complex(DType.Complex128, [], [new(0.1, 3)])));
        Assert.Equal("0.1", TensorJson.RealText(0.1, single: true));
        Assert.Equal("0.10000000149011612", TensorJson.RealText((float)0.1, single: false));
        Assert.Equal("1E-05", TensorJson.RealText(1e-5, single: false));
        Assert.Equal("3.0", TensorJson.RealText(3, single: true));
    }
}
