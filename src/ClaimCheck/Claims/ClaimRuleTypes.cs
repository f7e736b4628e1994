namespace ClaimCheck.Claims;

/// <summary>The type the extraction rules give a claim, before the classifier is heard: a plan or forecast is a
/// <see cref="ClaimType.Prediction"/>, else a claim with an amount is a <see cref="ClaimType.Quantity"/>, else an
/// <see cref="ClaimType.Event"/>. The pipeline's typing stage then lets the model decide where its policy allows.</summary>
internal static class ClaimRuleTypes
{
    public static ClaimType Of(bool hasQuantity, Modality modality) =>
        modality is Modality.Planned or Modality.Forecast ? ClaimType.Prediction
        : hasQuantity ? ClaimType.Quantity
        : ClaimType.Event;
}
