// The parts of NLP.js this project uses; the packages ship no type declarations.
declare module "@nlpjs/lang-en-min" {
  export class StemmerEn {
    stemWord(word: string): string;
  }
}

declare module "@nlpjs/lang-ru" {
  export class StemmerRu {
    stemWord(word: string): string;
  }
}

declare module "@nlpjs/neural" {
  export interface NeuralNetworkSettings {
    iterations?: number;
    errorThresh?: number;
    deltaErrorThresh?: number;
    learningRate?: number;
    momentum?: number;
    alpha?: number;
    log?: boolean;
  }
  export class NeuralNetwork {
    constructor(settings?: NeuralNetworkSettings);
    train(corpus: Array<{ input: Record<string, number>; output: Record<string, number> }>): {
      iterations: number;
      error: number;
    };
    run(input: Record<string, number>): Record<string, number> | undefined;
    /** Set by train: the merged settings (alpha scales every output). */
    settings: Required<NeuralNetworkSettings>;
    /** Set by train: one perceptron per output label, weights indexed like lookup.inputLookup.items. */
    perceptrons: Array<{ name: string; weights: Float32Array; bias: number }>;
    lookup: { inputLookup: { items: string[] } };
  }
}
