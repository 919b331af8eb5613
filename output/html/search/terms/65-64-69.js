teSearchFile("terms/65-64-69",[["edition",[1,2,2,40],[]]]);
