/** The new model's variant while it runs beside the old one: the usual name and the new config's suffix. */
export function candidateVariantName(variantName: string, endpointConfigName: string): string {
  return `${variantName}-${endpointConfigName.slice(-14)}`.slice(0, 63);
}
