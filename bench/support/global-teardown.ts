import report from './report';

export default function globalTeardown(): void {
  report();
}
