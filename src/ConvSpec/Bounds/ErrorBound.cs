namespace ConvSpec.Bounds;
public static partial class ErrorBound { }
