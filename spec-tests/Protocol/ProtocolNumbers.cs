using System.Text.Json;
using ConvSpec.Protocol;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>Numbers on the wire: non-finite strings, shortest round-tripping text, −0, dtypes, ids.</summary>
public class ProtocolNumbers
{
    /// <summary>Convolving with [1] returns each element: the element's text round-trips through the server.</summary>
    private static JsonElement Identity(string dtype, string data, string one = "[1]", int? count = null)
    {
        using var doc = Wire.Send(Wire.Convolve($$$"""{"in1": {"dtype": "{{{dtype}}}", "shape": [{{{count ?? data.Count(c => c == ',') + 1}}}], "data": [{{{data}}}]}, "in2": {"dtype": "{{{dtype}}}", "shape": [1], "data": {{{one}}}}}"""));
        return doc.RootElement.GetProperty("result").Clone();
    }

    [Fact]
    public void Non_finite_values_round_trip_as_strings()
    {
        var r = Identity("float64", "\"NaN\", \"Infinity\", \"-Infinity\", 1.5");
        Assert.Equal("""["NaN","Infinity","-Infinity",1.5]""", r.GetProperty("data").GetRawText());
        var c = Identity("complex128", "[\"NaN\", 1], [\"-Infinity\", \"Infinity\"]", "[[1, 0]]", count: 2);
        Assert.Equal("complex128", c.GetProperty("dtype").GetString());
        Assert.Equal("NaN", c.GetProperty("data")[0][0].GetString());
    }

    /// <summary>Every finite float64 comes back in text that parses to the same bits, and with a '.' or exponent.</summary>
    [Property(MaxTest = 300 / CaseCount.Divisor)]
    public Property Float64_text_round_trips_to_the_same_bits() =>
        Prop.ForAll(Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue))
            .Select(t => BitConverter.Int64BitsToDouble(((long)t.Item1 << 32) | (uint)t.Item2)).Where(double.IsFinite).ToArbitrary(), x =>
        {
            var text = TensorJson.RealText(x, single: false);
            var back = Identity("float64", text).GetProperty("data")[0];
            var parsed = double.Parse(back.GetRawText(), System.Globalization.CultureInfo.InvariantCulture);
            // −0 · 1 is an exact zero, written +0 (SciPy's direct method gives +0 too); every other value keeps its bits
            return text.IndexOfAny(['.', 'E', 'e']) >= 0
                && (x == 0 ? parsed == 0 : BitConverter.DoubleToInt64Bits(parsed) == BitConverter.DoubleToInt64Bits(x));
        });

    /// <summary>float32 results are written as the shortest text that reads back to the same float, not the double's digits.</summary>
    [Property(MaxTest = 300 / CaseCount.Divisor)]
    public Property Float32_text_is_the_shortest_that_round_trips() =>
        Prop.ForAll(Gen.Choose(int.MinValue, int.MaxValue).Select(BitConverter.Int32BitsToSingle).Where(float.IsFinite).ToArbitrary(), f =>
        {
            var back = Identity("float32", TensorJson.RealText(f, single: true)).GetProperty("data")[0].GetRawText();
            var parsed = float.Parse(back, System.Globalization.CultureInfo.InvariantCulture);
            return (f == 0 ? parsed == 0 : BitConverter.SingleToInt32Bits(parsed) == BitConverter.SingleToInt32Bits(f))
                && back.TrimStart('-').Length <= f.ToString("R", System.Globalization.CultureInfo.InvariantCulture).TrimStart('-').Length + 2;
        });

    [Fact]
    public void Float32_worked_examples()
    {
        var r = Identity("float32", "0.1, 3.4028234663852886e38, 1e-45");
        Assert.Equal("float32", r.GetProperty("dtype").GetString());
        Assert.Equal("[0.1,3.4028235E+38,1E-45]", r.GetProperty("data").GetRawText());
    }

    [Fact]
    public void Negative_zero_is_written_as_minus_zero_point_zero_and_read_as_negative_zero()
    {
        Assert.Equal("-0.0", TensorJson.RealText(-0.0, single: false));
        Assert.Equal("-0.0", TensorJson.RealText(-0.0, single: true));
        using var doc = JsonDocument.Parse("""{"dtype": "float64", "shape": [1], "data": [-0.0]}""");
        Assert.True(double.IsNegative(((double[])TensorJson.Read(doc.RootElement, "x").Data)[0]));
        // the exact product −0 · 1 is zero, and a correctly rounded exact zero is +0 (as SciPy's direct convolve)
        Assert.Equal("[0.0]", Identity("float64", "-0.0").GetProperty("data").GetRawText());
    }

    [Theory]
    [InlineData("int64", "int64", "int64")]
    [InlineData("float32", "float32", "float32")]
    [InlineData("int64", "float32", "float64")]
    [InlineData("float32", "float64", "float64")]
    [InlineData("complex64", "float32", "complex64")]
    [InlineData("complex64", "complex64", "complex64")]
    [InlineData("complex64", "float64", "complex128")]
    [InlineData("complex64", "int64", "complex128")]
    [InlineData("complex128", "float32", "complex128")]
    public void Result_dtype_follows_NumPy_promotion(string a, string b, string result)
    {
        using var doc = Wire.Send(Wire.Convolve($$$"""{"in1": {"dtype": "{{{a}}}", "shape": [1], "data": [2]}, "in2": {"dtype": "{{{b}}}", "shape": [1], "data": [3]}}"""));
        Assert.Equal(result, doc.RootElement.GetProperty("result").GetProperty("dtype").GetString());
    }

    [Fact]
    public void A_bare_number_is_a_scalar_and_scalars_multiply()
    {
        using var doc = Wire.Send(Wire.Convolve("""{"in1": 6, "in2": 7}"""));
        Assert.Equal("""{"dtype":"int64","shape":[],"data":[42]}""", doc.RootElement.GetProperty("result").GetRawText());
    }

    /// <summary>The id is echoed as the same JSON value, whatever it is; a missing id is answered with null.</summary>
    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"\\u00e9\\n\"")]
    [InlineData("17")]
    [InlineData("-3.25e10")]
    [InlineData("12345678901234567890123")]
    [InlineData("{\"a\":[1,{\"b\":null}]}")]
    [InlineData("[1,\"two\"]")]
    [InlineData("null")]
    [InlineData("true")]
    public void Id_is_echoed_verbatim_on_success_and_on_error(string id)
    {
        using var ok = Wire.Send(Wire.Convolve("""{"in1": [1], "in2": [2]}""", id));
        using var bad = Wire.Send(Wire.Convolve("""{"in1": [1], "in2": [2], "mode": "bad"}""", id));
        Assert.Equal(JsonNormal(id), JsonNormal(ok.RootElement.GetProperty("id").GetRawText()));
        Assert.Equal(JsonNormal(id), JsonNormal(bad.RootElement.GetProperty("id").GetRawText()));
    }

    [Fact]
    public void A_missing_id_is_answered_with_null()
    {
        using var doc = Wire.Send("""{"op": "convolve", "args": {"in1": [1], "in2": [2]}}""");
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("id").ValueKind);
        using var bad = Wire.Send("not json");
        Assert.Equal(JsonValueKind.Null, bad.RootElement.GetProperty("id").ValueKind);
    }

    private static string JsonNormal(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
