import type {
  CreateEndpointConfigInput,
  ProductionVariant,
  ProductionVariantInstanceType,
  ProductionVariantServerlessConfig,
} from '@aws-sdk/client-sagemaker';

/** A serverless config as validation leaves it: memory and concurrency present. */
export type ValidServerlessConfig = ProductionVariantServerlessConfig & {
  MemorySizeInMB: number;
  MaxConcurrency: number;
};

interface NamedVariant extends ProductionVariant {
  VariantName: string;
  ModelName: string;
}

/** A production variant as validation leaves it: serverless, or with an instance type and count. */
export type ValidProductionVariant =
  | (NamedVariant & { ServerlessConfig: ValidServerlessConfig })
  | (NamedVariant & {
      ServerlessConfig?: undefined;
      InstanceType: ProductionVariantInstanceType;
      InitialInstanceCount: number;
    });

/** CreateEndpointConfig as validation leaves it; the store keeps this form. */
export interface ValidEndpointConfigInput extends CreateEndpointConfigInput {
  EndpointConfigName: string;
  ProductionVariants: ValidProductionVariant[];
  ShadowProductionVariants?: ValidProductionVariant[];
}
