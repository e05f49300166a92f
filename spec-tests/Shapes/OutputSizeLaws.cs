using ConvSpec.Convolution;
using ConvSpec.Correlation;
using ConvSpec.Padding;
using ConvSpec.Shapes;
using ConvSpec.SpecTests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConvSpec.SpecTests.Shapes;

/// <summary>The output-size laws, per axis, for every mode and every function that follows them.</summary>
public class OutputSizeLaws
{
    private static Gen<int> Length => Gen.Choose(1, 1000);

    [Property]
    public Property Full_length_is_m_plus_n_minus_1() =>
        Prop.ForAll(Length.ToArbitrary(), Length.ToArbitrary(), (m, n) => OutputSize.Full(m, n) == m + n - 1);

    [Property]
    public Property Valid_length_is_max_minus_min_plus_1_and_symmetric() =>
        Prop.ForAll(Length.ToArbitrary(), Length.ToArbitrary(), (m, n) =>
            OutputSize.Valid(m, n) == Math.Max(m, n) - Math.Min(m, n) + 1 && OutputSize.Valid(m, n) == OutputSize.Valid(n, m));

    [Property]
    public Property Same_length_is_the_first_input_length() =>
        Prop.ForAll(Length.ToArbitrary(), Length.ToArbitrary(), (m, n) => OutputSize.Same(m, n) == m);

    /// <summary>valid ≤ same ≤ full when in1 is the larger; valid ≤ full always.</summary>
    [Property]
    public Property Modes_nest_valid_within_full() =>
        Prop.ForAll(Length.ToArbitrary(), Length.ToArbitrary(), (m, n) =>
            OutputSize.Valid(m, n) <= OutputSize.Full(m, n) && (m < n || OutputSize.Valid(m, n) <= OutputSize.Same(m, n)));

    /// <summary>The centred start ⌊(full − out)/2⌋ puts the crop inside full.</summary>
    [Property]
    public Property Centred_crop_lies_inside_full() =>
        Prop.ForAll(Length.ToArbitrary(), Length.ToArbitrary(), LawGen.Mode.ToArbitrary(), (m, n, mode) =>
        {
            var (full, outLength) = (OutputSize.Full(m, n), OutputSize.Of(mode, m, n));
            var start = Crop.CentredStart(full, outLength);
            return start >= 0 && start + outLength <= full;
        });

    /// <summary>Every N-D function's output has the shape of the law, in every mode, whatever the element type.</summary>
    [Property]
    public Property Correlate_and_2D_functions_follow_the_size_law_of_every_mode() =>
        Prop.ForAll(TensorGen.Pair(2, 5, TensorGen.Integer).Where(p => p.A.Rank == 2).ToArbitrary(), LawGen.Mode.ToArbitrary(),
            Gen.Elements(Enum.GetValues<Boundary>()).ToArbitrary(), (p, mode, boundary) =>
                Prop.When(mode != ConvolutionMode.Valid || TensorOps.ValidFits(p.A.Shape, p.B.Shape), () =>
                {
                    var expected = p.A.Shape.Zip(p.B.Shape, (m, n) => OutputSize.Of(mode, m, n)).ToArray();
                    var (a, b) = (p.A.Wide(), p.B.Wide());
                    return Correlate.Spec.Apply(a, b, mode).Shape.SequenceEqual(expected)
                        && Convolve2D.Spec.Apply(a, b, mode, boundary).Shape.SequenceEqual(expected)
                        && Correlate2D.Spec.Apply(a, b, mode, boundary).Shape.SequenceEqual(expected)
                        && Convolve.Spec.AlongAxes(a, b, mode, null).Shape.Count == 2;
                }));

    [Fact]
    public void Worked_examples_of_the_size_laws()
    {
        // the pictures in OutputSize's doc comment
        Assert.Equal(4, OutputSize.Full(3, 2));
        Assert.Equal(3, OutputSize.Valid(4, 2));
        Assert.Equal(4, OutputSize.Same(4, 3));
        Assert.Equal([3, 4], OutputSize.Of(ConvolutionMode.Full, [2, 3], [2, 2]));
        Assert.Equal([1, 2], OutputSize.Of(ConvolutionMode.Valid, [2, 3], [2, 2]));
        Assert.Equal([2, 3], OutputSize.Of(ConvolutionMode.Same, [2, 3], [2, 2]));
    }

    [Fact]
    public void Shape_errors_name_the_argument_and_the_rule()
    {
        var valid = Assert.Throws<ArgumentException>(() => OutputSize.Of(ConvolutionMode.Valid, [2, 5], [3, 4]));
        Assert.Equal("in2", valid.ParamName);
        Assert.Contains("2x5 and 3x4", valid.Message);
        Assert.Equal("in2", Assert.Throws<ArgumentException>(() => OutputSize.Of(ConvolutionMode.Full, [2], [2, 2])).ParamName);
        Assert.Equal("in1", Assert.Throws<ArgumentException>(() => OutputSize.Of(ConvolutionMode.Full, [0], [2])).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => OutputSize.Of((ConvolutionMode)7, [1], [2])).ParamName);
        Assert.Equal("output", Assert.Throws<ArgumentException>(() => OutputSize.Of(ConvolutionMode.Full, [50000, 50000], [2, 2])).ParamName);
    }
}
