using ConvSpec.Layers;
using ConvSpec.Padding;
using ConvSpec.Tensors;

namespace ConvSpec.SpecTests.Layers;

/// <summary>
/// Where the fast layer's working arrays meet the largest array (Array.MaxLength = 2,147,483,591 entries): an empty
/// batch needs none of them, a layer whose im2col tables (ΠK·ΠO entries) or one im2col panel (Kc·NR entries) cannot
/// be held is refused as unsupported with the sizes, and a block holds as many panels as fit, up to 512 columns.
/// </summary>
public class ConvFastLimitExamples
{
    [Fact]
    public void An_empty_batch_gives_the_empty_output_without_planning_its_positions()
    {
        // ΠO = 65536² = 2^32 positions: more than any table, and nothing to compute.
        var x = new NdArray<float>([0, 1, 65536, 65536], []);
        var w = new NdArray<float>([1, 1, 1, 1], [1f]);
        Assert.Equal([0, 1, 65536, 65536], Conv.Fast.Apply(x, w).Shape);
        Assert.Equal(Conv.Spec.Apply(x, w).Shape, Conv.Fast.Apply(x.Map(v => (double)v), w.Map(v => (double)v)).Shape);
    }

    [Fact]
    public void A_layer_whose_im2col_tables_exceed_an_array_is_refused_as_unsupported()
    {
        // K = 65536 over D = 131072: ΠK·ΠO = 65536·65537 table entries.
        var x = new NdArray<float>([1, 1, 131072], new float[131072]);
        var w = new NdArray<float>([1, 1, 65536], new float[65536]);
        var e = Assert.Throws<NotSupportedException>(() => Conv.Fast.Apply(x, w));
        Assert.Equal("Conv.Fast: the im2col tables need ΠK·ΠO = 65536·65537 = 4295032832 entries, more than an array holds "
                     + "(2147483591); Conv.Spec computes this layer", e.Message);
    }

    [Fact]
    public void A_layer_whose_im2col_panel_exceeds_an_array_is_refused_as_unsupported()
    {
        // Kc = 1024 rows of a panel NR = 3·2^20 columns wide.
        Conv.Fast.WidthOverride = 1 << 20;
        try
        {
            var e = Assert.Throws<NotSupportedException>(() =>
                Conv.Fast.Apply(new NdArray<float>([1, 1, 2048], new float[2048]), new NdArray<float>([1, 1, 1024], new float[1024])));
            Assert.Equal("Conv.Fast: one im2col panel needs Kc·NR = 1024·3145728 = 3221225472 entries, more than an array holds "
                         + "(2147483591); Conv.Spec computes this layer", e.Message);
        }
        finally { Conv.Fast.WidthOverride = 0; }
    }

    [Fact]
    public void An_output_of_more_entries_than_an_array_is_refused_naming_Y()
    {
        // Begin pads of 65535 on a 1 x 1 input: O = 65536 on each axis, 2^32 outputs.
        var (x, w) = (new NdArray<float>([1, 1, 1, 1], [1f]), new NdArray<float>([1, 1, 1, 1], [1f]));
        var attributes = new ConvAttributes { Pads = [65535, 65535, 0, 0] };
        var fast = Assert.Throws<ArgumentException>(() => Conv.Fast.Apply(x, w, null, attributes));
        Assert.Equal("Y: shape 1x1x65536x65536 has more than 2147483591 elements (Parameter 'Y')", fast.Message);
        Assert.Throws<ArgumentException>(() => Conv.Spec.Apply(x, w, null, attributes)); // the spec refuses it too
    }

    [Fact]
    public void An_array_holds_up_to_Array_MaxLength_entries()
    {
        ConvPlan.RequireArray("t", Array.MaxLength, 1);
        Assert.Throws<NotSupportedException>(() => ConvPlan.RequireArray("t", Array.MaxLength + 1, 1));
        Assert.Throws<NotSupportedException>(() => ConvPlan.RequireArray("t", 46341, 46341));
    }

    [Theory]
    [InlineData(600, 170, 2)] // ⌊512 / 3⌋ = 170 panels of NR = 3 columns: blocks of 510 columns, 2 of them
    [InlineData(30, 10, 1)]   // ⌈30 / 3⌉ = 10 panels cover all 30 positions: one block
    [InlineData(31, 11, 1)]   // ⌈31 / 3⌉ = 11
    public void A_block_takes_at_most_512_columns_and_no_more_panels_than_the_positions_need(int positions, int panels, int blocks)
    {
        var g = new ConvGeometry(1, 1, 1, 1, [positions], [1], [1], [1], [0], [0], [positions], PaddingMode.Zeros);
        var plan = new ConvPlan(g, 1, sizeof(float));
        Assert.Equal((panels, blocks), (plan.PanelsPerBlock, plan.Blocks));
    }

    [Theory]
    [InlineData(16, sizeof(float), 8)]  // 512-bit vectors: 8 rows x 3 vectors, 24 accumulators of the 32 registers
    [InlineData(8, sizeof(double), 8)]
    [InlineData(8, sizeof(float), 4)]   // 256-bit vectors: 4 rows, 12 accumulators of the 16
    [InlineData(4, sizeof(double), 4)]
    [InlineData(1, sizeof(double), 4)]  // the scalar tile
    public void A_tile_has_8_rows_on_512_bit_vectors_and_4_on_narrower_ones(int vectorWidth, int bytesPerElement, int rows)
    {
        var g = new ConvGeometry(1, 1, 1, 1, [4], [1], [1], [1], [0], [0], [4], PaddingMode.Zeros);
        Assert.Equal(rows, new ConvPlan(g, vectorWidth, bytesPerElement).RowsPerTile);
    }

    [Fact]
    public void A_block_holds_only_the_panels_whose_im2col_fits_in_an_array()
    {
        // Kc = C = 2^23 rows, NR = 3: ⌊2147483591 / (2^23·3)⌋ = 85 panels fit, fewer than the 170 a block would take.
        var g = new ConvGeometry(1, 1 << 23, 1, 1, [600], [1], [1], [1], [0], [0], [600], PaddingMode.Zeros);
        var plan = new ConvPlan(g, 1, sizeof(float));
        Assert.Equal(85, plan.PanelsPerBlock);
        Assert.Equal(3, plan.Blocks);
        Assert.True((long)plan.Depth * plan.BlockWidth <= Array.MaxLength);
    }
}
