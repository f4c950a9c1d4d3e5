import { Field, ObjectType } from 'type-graphql';
import { IsolationEnum, SupportEnum } from './enums';

@ObjectType('MatrixCell', { description: 'One host × image verdict.' })
export class MatrixCellType {
  @Field(() => String) image: string;
  @Field(() => SupportEnum, { description: 'The requested isolation mode, or the better of the two when none was requested.' }) support: SupportEnum;
  @Field(() => SupportEnum) process: SupportEnum;
  @Field(() => SupportEnum) hyperv: SupportEnum;
  @Field(() => String, { description: "The deciding rule's reason for `support`." }) reason: string;
}

@ObjectType('MatrixRow', { description: 'One host and its verdict for every image.' })
export class MatrixRowType {
  @Field(() => String, { description: 'The host as asked (10.0.<build> for the default grid).' }) host: string;
  @Field(() => String, { description: 'A person-readable name of the host.' }) label: string;
  @Field(() => [MatrixCellType]) cells: MatrixCellType[];
}

@ObjectType('CompatibilityMatrix', { description: 'A grid of verdicts: rows are hosts, columns images.' })
export class CompatibilityMatrixType {
  @Field(() => IsolationEnum, { nullable: true }) isolation: IsolationEnum | null;
  @Field(() => [String], { description: 'Row labels, in order.' }) hosts: string[];
  @Field(() => [String], { description: 'Column image references, in order.' }) images: string[];
  @Field(() => [MatrixRowType]) rows: MatrixRowType[];
}
