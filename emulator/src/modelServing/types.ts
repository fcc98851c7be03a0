/**
 * The contract between the SageMaker control plane (models, endpoint configs, endpoints, guardrails
 * deployments) and hosting (real model processes, routing, the Runtime API, metrics). The control
 * plane decides which fleets exist and how traffic is split; hosting runs them and serves invocations.
 */

export interface ContainerSpec {
  /** Absent for a model-package container, which the emulator refuses before starting a fleet. */
  image?: string;
  modelDataUrl?: string;
  environment?: Record<string, string>;
  /** For Direct multi-container models: the name InvokeEndpoint's TargetContainerHostname selects. */
  hostname?: string;
  /** `MultiModel` means ModelDataUrl is an S3 prefix of archives chosen per call with TargetModel. */
  mode?: 'SingleModel' | 'MultiModel';
}

export interface FleetSpec {
  endpointName: string;
  variantName: string;
  endpointConfigName: string;
  modelName: string;
  instanceCount: number;
  containers: ContainerSpec[];
  /** `Serial` pipes each container's output into the next; `Direct` routes by hostname. */
  inferenceExecutionMode?: 'Serial' | 'Direct';
  serverless?: { memorySizeInMB: number; maxConcurrency: number };
  /** Set for async endpoints: where InvokeEndpointAsync writes results and failures. */
  asyncOutput?: { s3OutputPath: string; s3FailurePath?: string };
  /** Where the processes' output goes; endpoints use `/aws/sagemaker/Endpoints/<endpoint>`. */
  logGroup?: string;
}

export interface InvocationRequest {
  body: Buffer;
  contentType?: string;
  accept?: string;
  customAttributes?: string;
  targetModel?: string;
  targetContainerHostname?: string;
  inferenceId?: string;
}

export interface InvocationResult {
  /** The model container's HTTP status; anything but 2xx becomes a ModelError (424) for the caller. */
  status: number;
  body: Buffer;
  contentType?: string;
  customAttributes?: string;
  /** The container that answered last ("primary", or a hostname in a pipeline), for ModelError messages. */
  container?: string;
}

/** One running group of model processes (an instance each) for one variant of one endpoint config. */
export interface Fleet {
  readonly id: string;
  readonly spec: FleetSpec;
  invoke(request: InvocationRequest): Promise<InvocationResult>;
  stop(): Promise<void>;
}

/** Traffic of one variant: its weight among variants, and how its share splits between fleets. */
export interface VariantRoute {
  variantName: string;
  weight: number;
  /** During a blue/green deployment a variant has two fleets; shares sum to 1. */
  fleets: Array<{ fleet: Fleet; share: number }>;
}

export interface Hosting {
  /**
   * Starts `instanceCount` processes and resolves when every one answers GET /ping with 200. Rejects
   * with an Error whose message is the FailureReason SageMaker would give (no image binding, process
   * exited, ping never healthy within the health-check timeout), having stopped what it started.
   */
  startFleet(spec: FleetSpec): Promise<Fleet>;
  /** Replaces an endpoint's routing table; `undefined` removes the endpoint from routing. */
  setRoutes(endpointName: string, routes: VariantRoute[] | undefined): void;
  routesOf(endpointName: string): VariantRoute[] | undefined;
}
