namespace ConvSpec; [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)] public sealed class SpecOnlyAttribute(string reason) : Attribute { public string Reason { get; } = reason; }
