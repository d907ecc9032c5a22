export function App() {
  return (
    <main>
      <h1>Kinlink</h1>
    </main>
  );
}
