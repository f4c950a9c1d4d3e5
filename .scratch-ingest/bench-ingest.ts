import { runIngestBench } from '../bench/ingest.bench';
runIngestBench(3, console.log).then((r) => console.log(r));
