using System.Numerics;
using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Conformance.Layers;
using ConvSpec.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>
/// The inputs of error bounds: absolute-value requests (a fill value's magnitude, null arguments kept), the
/// +∞ allowance when the spec cannot answer the absolute request, Lp pooling's addend counts.
/// </summary>
public class BoundInputExamples
{
    private static JsonNode Real(params double[] data) => WireTensor.ToNode(TensorValue.Real(DType.Float64, [data.Length], data));

    private static JsonObject TwoD(JsonNode fill) => new()
    {
        ["in1"] = WireTensor.ToNode(TensorValue.Int64([1, 2], [1, -2])), ["in2"] = WireTensor.ToNode(TensorValue.Int64([1, 1], [3])),
        ["boundary"] = "fill", ["fillvalue"] = fill,
    };

    [Fact]
    public void The_absolute_request_of_a_2d_convolution_fills_with_the_magnitude_of_an_integer_fill_value()
    {
        var abs = CaseGenerators.Find("convolve2d").Bound(TwoD(-3)).AbsoluteArgs!;
        Assert.Equal(3, (int)abs["fillvalue"]!);
    }

    [Fact]
    public void The_absolute_request_of_a_2d_convolution_keeps_a_fill_value_that_is_not_an_integer()
    {
        var abs = CaseGenerators.Find("convolve2d").Bound(TwoD(-2.5)).AbsoluteArgs!;
        Assert.Equal(-2.5, (double)abs["fillvalue"]!);
    }

    [Fact]
    public void Absolute_args_replace_tensors_by_magnitudes_and_keep_null_arguments()
    {
        var abs = WireTensor.AbsoluteArgs(new JsonObject
        {
            ["x"] = WireTensor.ToNode(TensorValue.Complex(DType.Complex128, [1], [new Complex(3, -4)])), ["axes"] = null,
        });
        Assert.Equal([5.0], WireTensor.FromNode(abs["x"], "x").AsDouble().Data);
        Assert.True(abs.ContainsKey("axes"));
        Assert.Null(abs["axes"]);
    }

    [Fact]
    public void An_absolute_request_the_spec_refuses_allows_any_error()
    {
        var bounds = ElementBounds.Of(new AbsoluteArgsGenerator(new JsonObject()), new JsonObject(), TensorValue.Real(DType.Float64, [2], [1, 2]), Tolerance.Direct);
        Assert.Equal([double.PositiveInfinity, double.PositiveInfinity], bounds);
    }

    [Fact]
    public void An_absolute_request_answered_with_another_length_allows_any_error()
    {
        var absolute = new JsonObject { ["in1"] = Real(1, 2, 3), ["in2"] = Real(1) };
        var bounds = ElementBounds.Of(new AbsoluteArgsGenerator(absolute), new JsonObject(), TensorValue.Real(DType.Float64, [2], [1, 2]), Tolerance.Direct);
        Assert.Equal([double.PositiveInfinity, double.PositiveInfinity], bounds);
    }

    [Fact]
    public void Lp_pooling_with_p_one_adds_no_root_terms()
    {
        var x = WireTensor.ToNode(TensorValue.Real(DType.Float64, [1, 1, 2], [1, 2]));
        Assert.Equal(1 - 1 + 2 + 4, LpCases.Terms(new JsonObject { ["X"] = x, ["p"] = 1 }, 2));
    }

    [Fact]
    public void Lp_pooling_of_odd_p_under_the_pytorch_convention_allows_more_terms_for_negative_inputs()
    {
        JsonObject Args(params double[] data) => new()
        {
            ["X"] = WireTensor.ToNode(TensorValue.Real(DType.Float64, [1, 1, data.Length], data)), ["p"] = 3, ["convention"] = "pytorch",
        };
        var positive = LpCases.Terms(Args(1, 2), 2);
        Assert.True(LpCases.Terms(Args(1, -2), 2) > positive);
        Assert.Equal(positive, LpCases.Terms(new JsonObject { ["X"] = Args(1, -2)["X"]!.DeepClone(), ["p"] = 3, ["convention"] = "onnx" }, 2));
    }

    [Fact]
    public void A_pooling_request_without_kernel_shape_or_weights_counts_one_cell_per_window()
    {
        var x = WireTensor.ToNode(TensorValue.Real(DType.Float64, [1, 1, 2], [1, 2]));
        Assert.Equal(CaseGenerators.Find("MaxPool").Bound(new JsonObject { ["X"] = x.DeepClone(), ["kernel_shape"] = new JsonArray(1) }).Terms,
            CaseGenerators.Find("MaxPool").Bound(new JsonObject { ["X"] = x }).Terms);
    }

    [Fact]
    public void Window_cases_of_a_complex_only_space_draw_float64()
    {
        Assert.Equal([DType.Float64], WindowCases.RealTypes(new CaseSpace([DType.Complex64, DType.Complex128], 4, false)));
    }

    [Fact]
    public void An_absolute_request_answered_with_a_json_value_is_an_error_naming_the_absolute_answer()
    {
        // cost answers an object, not a tensor.
        var cost = new JsonObject { ["input_shape"] = new JsonArray(4), ["kernel_shape"] = new JsonArray(3) };
        var e = Assert.Throws<ArgumentException>(() =>
            ElementBounds.Of(new AbsoluteArgsGenerator(cost, "cost"), new JsonObject(), TensorValue.Real(DType.Float64, [1], [1]), Tolerance.Direct));
        Assert.Equal("absolute", e.ParamName);
    }

    /// <summary>A generator of <paramref name="op"/> (convolve by default) whose bound names the given absolute-value request.</summary>
    private sealed class AbsoluteArgsGenerator(JsonObject absolute, string op = "convolve") : ICaseGenerator
    {
        public string Op => op;
        public Gen<JsonObject> Args(CaseSpace space) => Gen.Constant(new JsonObject());
        public Tolerance AlgorithmOf(JsonObject args) => Tolerance.Direct;
        public BoundInputs Bound(JsonObject args) => new(1, absolute, 0, 0, 0, 0, 0);
        public JsonObject? WithMethod(JsonObject args, string method) => null;
    }
}
