using System.Text.Json.Nodes;
using ConvSpec.SpecTests.Cli;
using ConvSpec.Vectors;

namespace ConvSpec.SpecTests.Vectors;

/// <summary>Which values of a golden vector get an .npy file beside vectors.jsonl.</summary>
public sealed class GoldenVectorNpyExamples : IDisposable
{
    private readonly ScratchDirectory scratch = new("convspec-npy-");

    public void Dispose() => scratch.Dispose();

    [Fact]
    public void A_well_formed_tensor_is_written_as_npy_and_listed()
    {
        var files = new JsonObject();
        GoldenVectors.SaveIfTensor(scratch.Path, "v1", "in1", JsonNode.Parse("""{"dtype": "int64", "shape": [2], "data": [3, 4]}"""), files);
        Assert.Equal("npy/v1/in1.npy", files["in1"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(scratch.Path, "npy", "v1", "in1.npy")));
    }

    [Theory]
    [InlineData("""{"dtype": "int64", "shape": [3], "data": [3, 4]}""")]
    [InlineData("""{"dtype": "no_such_dtype", "shape": [1], "data": [1]}""")]
    [InlineData("""{"dtype": "int64", "shape": [1]}""")]
    [InlineData("""[1, 2]""")]
    public void A_malformed_tensor_or_a_plain_value_gets_no_npy_file(string value)
    {
        var files = new JsonObject();
        GoldenVectors.SaveIfTensor(scratch.Path, "v1", "in1", JsonNode.Parse(value), files);
        Assert.Empty(files);
        Assert.False(Directory.Exists(scratch["npy"]));
    }
}
