using ConvSpec.Shapes;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Shapes;

/// <summary>Centred crops, the example of Crop's doc comment: full [1,3,5,7,4] of [1,2,3,4] * [1,1].</summary>
public class CropExamples
{
    [Fact]
    public void Centred_start_is_the_floor_of_half_the_excess()
    {
        Assert.Equal(0, Crop.CentredStart(5, 4));
        Assert.Equal(1, Crop.CentredStart(5, 3));
        Assert.Equal(2, Crop.CentredStart(7, 2));
        Assert.Equal(0, Crop.CentredStart(3, 3));
    }

    [Fact]
    public void Same_and_valid_windows_of_the_even_kernel_example()
    {
        var full = NdArray<long>.Vector(1, 3, 5, 7, 4);
        Assert.Equal(NdArray<long>.Vector(1, 3, 5, 7), Crop.Centred(full, [4]));
        Assert.Equal(NdArray<long>.Vector(3, 5, 7), Crop.Centred(full, [3]));
    }

    [Fact]
    public void Window_takes_the_block_at_start_on_every_axis()
    {
        var m = NdArray<long>.Create([3, 4], i => 10 * i[0] + i[1]);
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 12, 13 }, { 22, 23 } }), Crop.Window(m, [1, 2], [2, 2]));
        Assert.Equal(NdArray<long>.Matrix(new long[,] { { 11, 12 } }), Crop.Centred(m, [1, 2]));
    }
}
