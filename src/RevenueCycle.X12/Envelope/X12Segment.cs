namespace RevenueCycle.X12;

/// <summary>One segment: its id, its elements (element 1 is the first after the id) and its place in the file.</summary>
public sealed class X12Segment
{
    private readonly X12Element[] _elements;

    internal X12Segment(string id, int position, X12Element[] elements)
    {
        Id = id;
        Position = position;
        _elements = elements;
    }

    public string Id { get; }

    /// <summary>1-based position in the interchange; the ISA is 1.</summary>
    public int Position { get; }

    public IReadOnlyList<X12Element> Elements => _elements;

    public int ElementCount => _elements.Length;

    /// <summary>The raw text of element <paramref name="index"/> (1-based), or "" when absent.</summary>
    public string Element(int index) =>
        index >= 1 && index <= _elements.Length ? _elements[index - 1].Value : "";

    /// <summary>Component <paramref name="component"/> (1-based) of element <paramref name="index"/>, or "" when absent.</summary>
    public string Component(int index, int component) =>
        index >= 1 && index <= _elements.Length ? _elements[index - 1].Component(component) : "";

    /// <summary>The components of element <paramref name="index"/>; empty when the element is absent.</summary>
    public IReadOnlyList<string> Components(int index) =>
        index >= 1 && index <= _elements.Length ? _elements[index - 1].Components : [];

    /// <summary>For diagnostics and messages: elements joined with '*' whatever the file used.</summary>
    public override string ToString() =>
        _elements.Length == 0 ? Id : Id + "*" + string.Join('*', _elements.Select(e => e.Value));
}

/// <summary>One data element. Simple elements have a single component; composites have several.</summary>
public sealed class X12Element
{
    internal X12Element(string value, string[] components, IReadOnlyList<IReadOnlyList<string>>? repetitions)
    {
        Value = value;
        Components = components;
        Repetitions = repetitions ?? [components];
    }

    /// <summary>The element exactly as it appeared, separators included.</summary>
    public string Value { get; }

    /// <summary>The components of the first (usually only) repetition.</summary>
    public IReadOnlyList<string> Components { get; }

    /// <summary>Each repetition's components; a single entry when the element does not repeat.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Repetitions { get; }

    public string Component(int index) =>
        index >= 1 && index <= Components.Count ? Components[index - 1] : "";

    /// <summary>For diagnostics and messages: elements joined with '*' whatever the file used.</summary>
    public override string ToString() => Value;
}
