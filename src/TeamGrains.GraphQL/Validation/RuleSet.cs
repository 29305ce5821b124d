using System.Reflection;
using System.Runtime.CompilerServices;

namespace TeamGrains.GraphQL.Validation;

/// <summary>
/// Rules grouped by the hooks they override, so the walker calls at each node only the rules that
/// look at that kind of node (a field reaches 7 of the 32 specified rules, a value 2).
/// Built once per rule list and cached.
/// </summary>
internal sealed class RuleSet
{
    private static readonly ConditionalWeakTable<object, RuleSet> Cache = [];
    private static readonly ConditionalWeakTable<object, RuleSet> WithLimitsCache = [];

    private RuleSet(ValidationRule[] rules)
    {
        EnterDocument = Overriding(rules, nameof(ValidationRule.EnterDocument));
        LeaveDocument = Overriding(rules, nameof(ValidationRule.LeaveDocument));
        EnterOperationDefinition = Overriding(rules, nameof(ValidationRule.EnterOperationDefinition));
        LeaveOperationDefinition = Overriding(rules, nameof(ValidationRule.LeaveOperationDefinition));
        EnterFragmentDefinition = Overriding(rules, nameof(ValidationRule.EnterFragmentDefinition));
        EnterVariableDefinition = Overriding(rules, nameof(ValidationRule.EnterVariableDefinition));
        EnterSelectionSet = Overriding(rules, nameof(ValidationRule.EnterSelectionSet));
        EnterField = Overriding(rules, nameof(ValidationRule.EnterField));
        LeaveField = Overriding(rules, nameof(ValidationRule.LeaveField));
        EnterFragmentSpread = Overriding(rules, nameof(ValidationRule.EnterFragmentSpread));
        EnterInlineFragment = Overriding(rules, nameof(ValidationRule.EnterInlineFragment));
        EnterDirective = Overriding(rules, nameof(ValidationRule.EnterDirective));
        EnterArgument = Overriding(rules, nameof(ValidationRule.EnterArgument));
        EnterValue = Overriding(rules, nameof(ValidationRule.EnterValue));
        EnterNonExecutableDefinition = Overriding(rules, nameof(ValidationRule.EnterNonExecutableDefinition));
    }

    public ValidationRule[] EnterDocument { get; }

    public ValidationRule[] LeaveDocument { get; }

    public ValidationRule[] EnterOperationDefinition { get; }

    public ValidationRule[] LeaveOperationDefinition { get; }

    public ValidationRule[] EnterFragmentDefinition { get; }

    public ValidationRule[] EnterVariableDefinition { get; }

    public ValidationRule[] EnterSelectionSet { get; }

    public ValidationRule[] EnterField { get; }

    public ValidationRule[] LeaveField { get; }

    public ValidationRule[] EnterFragmentSpread { get; }

    public ValidationRule[] EnterInlineFragment { get; }

    public ValidationRule[] EnterDirective { get; }

    public ValidationRule[] EnterArgument { get; }

    public ValidationRule[] EnterValue { get; }

    public ValidationRule[] EnterNonExecutableDefinition { get; }

    /// <summary>The rule set of a rule list, keyed by the list instance (options keep theirs alive).</summary>
    public static RuleSet For(IReadOnlyList<ValidationRule> rules) =>
        Cache.GetValue(rules, static key => new RuleSet([.. (IReadOnlyList<ValidationRule>)key]));

    /// <summary>A custom rule list plus the limit rules (cached per custom list too).</summary>
    public static RuleSet ForWithLimits(IReadOnlyList<ValidationRule> rules, ValidationRule[] limitRules) =>
        WithLimitsCache.GetValue(rules, key => new RuleSet([.. (IReadOnlyList<ValidationRule>)key, .. limitRules]));

    private static ValidationRule[] Overriding(ValidationRule[] rules, string hook) =>
        [.. rules.Where(rule => rule.GetType().GetMethod(hook, BindingFlags.Public | BindingFlags.Instance)!.DeclaringType != typeof(ValidationRule))];
}
